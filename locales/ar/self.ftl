### Self-service pages (ar).
