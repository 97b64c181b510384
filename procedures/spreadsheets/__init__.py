"""Spreadsheets in and out: reading a file (tables), its cells in the national
database's wording (cells), the columns shared by the imports and the exports
(columns), the imports themselves and the open-data exports. Above the models, below
the views: nothing here is loaded with the models."""
