"""Plain SQL on the paths that every page view or email takes, read back as the ORM would.

A raw queryset maps a statement's columns to fields anew for every query: on the outbox's claim
that cost as much processor time as the rest of the statement. These readers work it out once
per process."""

from dataclasses import dataclass
from functools import cache

from django.db import connection


@dataclass(frozen=True)
class ModelRows:
    """A model's columns, to select or return in a plain statement, and each row back as an
    instance, its values converted as the ORM converts them (SQLite gives times as text and
    UUIDs as hex)."""

    model: type
    quoted_columns: tuple[str, ...]
    attnames: list[str]
    converters: list[tuple]  # for each column: its expression and its converters

    def columns(self, table_alias: str = "") -> str:
        prefix = f"{table_alias}." if table_alias else ""
        return ", ".join(prefix + column for column in self.quoted_columns)

    def instance(self, row):
        """The instance of the model that ``row`` (its columns in ``columns()`` order) holds."""
        values = []
        for value, (column, converters) in zip(row, self.converters, strict=True):
            for convert in converters:
                value = convert(value, column, connection)
            values.append(value)
        return self.model.from_db(connection.alias, self.attnames, values)


def model_rows(model) -> ModelRows:
    return _model_rows(model, connection.vendor)


@cache
def _model_rows(model, vendor: str) -> ModelRows:
    fields = model._meta.concrete_fields
    columns = [field.get_col(model._meta.db_table) for field in fields]
    return ModelRows(
        model=model,
        quoted_columns=tuple(connection.ops.quote_name(field.column) for field in fields),
        attnames=[field.attname for field in fields],
        converters=[
            (column, connection.ops.get_db_converters(column) + field.get_db_converters(connection))
            for field, column in zip(fields, columns, strict=True)
        ],
    )


def db_value(model, field_name: str, value):
    """``value`` as ``model``'s field stores it, for a plain statement's parameters."""
    return model._meta.get_field(field_name).get_db_prep_value(value, connection)
