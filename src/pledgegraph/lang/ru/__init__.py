"""Language data and helpers for 'ru'."""
