### Self-service pages (ja).
