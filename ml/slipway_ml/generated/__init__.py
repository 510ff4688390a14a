"""Pydantic models generated from schemas/*.schema.json by scripts/generate-schema-code.mjs.

Do not edit: change the schema, then run `npm run generate`."""
