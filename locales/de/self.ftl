### Self-service pages (de).
