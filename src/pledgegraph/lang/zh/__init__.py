"""Language data and helpers for 'zh'."""
