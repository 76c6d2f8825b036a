### Self-service pages (fr).
