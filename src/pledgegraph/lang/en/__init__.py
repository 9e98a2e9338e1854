"""Language data and helpers for 'en'."""
