### Self-service pages (en).
