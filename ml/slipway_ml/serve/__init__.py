"""The inference server: one model bundle behind the HTTP API of docs/API.md."""
