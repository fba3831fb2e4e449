"""The shape of a ``datapackage.json`` (Frictionless Data Package v2), as far as the app uses it.

Unknown properties are kept (the standard allows them); the ones the app relies on are typed.
Bilingual metadata uses ``title``/``description`` (Vietnamese) beside ``title_en``/``description_en``.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal, Optional, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field as PField

from ..texts import in_lang

FIELD_TYPES = ("string", "number", "integer", "boolean", "date", "year", "any")
ROLES = ("observations", "indicators", "sources", "units", "categories", "areas", "table", "series")
# the columns the library reads from a resource of each role (a "table" can have any)
ROLE_COLUMNS = {
    "observations": ("indicator", "area", "period", "value", "unit", "status", "source"),
    "indicators": ("id", "section", "title_vi", "title_en", "unit"),
    "sources": ("id", "publisher", "title"),
    "units": ("id", "label_vi", "label_en", "pattern_vi", "pattern_en"),
    "categories": ("id", "label_vi", "label_en"),
    "areas": ("id", "name_vi", "name_en"),
    "series": ("indicator", "period", "value"),
}
# the properties whose value is one of a few words, by property name (for the words a problem lists)
LITERALS = {"type": FIELD_TYPES, "role": ROLES}


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class _Titled(_Model):
    """A model with a ``name`` and a Vietnamese ``title`` beside ``title_en``."""

    def label(self, lang: str) -> str:
        """The title in ``lang`` (the Vietnamese one when there is no English), else the name."""
        return in_lang((self.title, self.title_en), lang) or self.title or self.name


# a list of column names, which the standard lets a descriptor write as one name
ColumnNames = Annotated[list[str], BeforeValidator(lambda v: [v] if isinstance(v, str) else v)]


class Constraints(_Model):
    required: bool = False
    unique: bool = False
    enum: Optional[list[Any]] = None
    pattern: Optional[str] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    minLength: Optional[int] = None
    maxLength: Optional[int] = None


class FieldSpec(_Titled):
    name: str = PField(min_length=1)
    type: Literal[FIELD_TYPES] = "string"
    title: Optional[str] = None
    title_en: Optional[str] = None
    description: Optional[str] = None
    constraints: Constraints = PField(default_factory=Constraints)
    trueValues: list[str] = PField(default_factory=lambda: ["true", "True", "TRUE", "1"])
    falseValues: list[str] = PField(default_factory=lambda: ["false", "False", "FALSE", "0"])


class Reference(_Model):
    resource: str = ""
    fields: list[str]


class ForeignKey(_Model):
    fields: ColumnNames
    reference: Reference


class TableSchema(_Model):
    fields: list[FieldSpec] = PField(min_length=1)
    primaryKey: ColumnNames = PField(default_factory=list)
    foreignKeys: list[ForeignKey] = PField(default_factory=list)
    missingValues: list[str] = PField(default_factory=lambda: [""])

    def field(self, name: str) -> Optional[FieldSpec]:
        return next((f for f in self.fields if f.name == name), None)


class Dialect(_Model):
    delimiter: str = PField(default=",", min_length=1, max_length=1)
    header: bool = True
    quoteChar: str = PField(default='"', min_length=1, max_length=1)


class SourceRef(_Model):
    title: str = ""
    path: Optional[str] = None
    email: Optional[str] = None


class License(_Model):
    name: Optional[str] = None
    path: Optional[str] = None
    title: Optional[str] = None


class Resource(_Titled):
    name: str = PField(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    path: Optional[Union[str, list[str]]] = None
    data: Optional[Any] = None
    type: Optional[str] = "table"
    format: Optional[str] = "csv"
    mediatype: Optional[str] = None
    encoding: str = "utf-8"
    title: Optional[str] = None
    title_en: Optional[str] = None
    description: Optional[str] = None
    description_en: Optional[str] = None
    role: Literal[ROLES] = "table"
    section: Optional[str] = None
    dialect: Dialect = PField(default_factory=Dialect)
    schema_: TableSchema = PField(alias="schema")
    sources: list[SourceRef] = PField(default_factory=list)

    def describe(self, lang: str) -> str:
        return in_lang((self.description, self.description_en), lang) or self.description or ""


class Package(_Titled):
    name: str = PField(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    title: Optional[str] = None
    title_en: Optional[str] = None
    description: Optional[str] = None
    description_en: Optional[str] = None
    version: Optional[str] = None
    created: Optional[str] = None
    data_as_of: Optional[str] = None
    licenses: list[License] = PField(default_factory=list)
    sources: list[SourceRef] = PField(default_factory=list)
    resources: list[Resource] = PField(min_length=1)

    def resource(self, name: str) -> Optional[Resource]:
        return next((r for r in self.resources if r.name == name), None)
