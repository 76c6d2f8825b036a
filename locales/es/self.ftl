### Self-service pages (es).
