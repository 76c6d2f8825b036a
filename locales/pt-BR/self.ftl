### Self-service pages (pt-BR).
