"""Match import-file headers written in Czech, Polish, Russian or English to field names.

The result is a plain ``dict[int, str]`` (column index -> field name, ``custom.<key>`` for a
custom attribute) that the mapping step in the UI shows and lets the user edit; columns left
out of it are not imported. Matching ignores case, diacritics, spaces and punctuation.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crm_desktop.services.dataio.codes import DataIoCode
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.errors import ErrorCode
from crm_protocol.fields import FIELDS_BY_NAME, STANDARD_FIELDS

ColumnMapping = dict[int, str]
"""Column index (0-based) -> field name."""

# field -> language -> header texts. Languages: en, pl, cs, ru.
HEADER_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "name": {
        "en": ("Name", "Company", "Company name", "Business name", "Organisation", "Organization"),
        "pl": ("Nazwa", "Nazwa firmy", "Firma", "Nazwa podmiotu", "Nazwa skrócona"),
        "cs": ("Název", "Název firmy", "Obchodní jméno", "Obchodní firma", "Název subjektu"),
        "ru": ("Название", "Наименование", "Компания", "Название компании", "Организация"),
    },
    "nip": {"pl": ("NIP", "Numer NIP", "NIP firmy"), "en": ("Tax ID", "VAT ID", "VAT number")},
    "regon": {"pl": ("REGON", "Numer REGON")},
    "pkd": {"pl": ("PKD", "Kod PKD", "PKD główne", "Główne PKD")},
    "ico": {"cs": ("IČO", "IČ", "Identifikační číslo", "IČO firmy"), "ru": ("ИЧО",)},
    "dic": {"cs": ("DIČ", "Daňové identifikační číslo"), "ru": ("ДИЧ",)},
    "street": {
        "en": ("Street", "Address", "Street address"),
        "pl": ("Ulica", "Adres", "Ulica i numer"),
        "cs": ("Ulice", "Adresa", "Ulice a číslo"),
        "ru": ("Улица", "Адрес"),
    },
    "building_number": {
        "en": ("Building number", "House number", "Number", "No"),
        "pl": ("Numer domu", "Nr domu", "Numer budynku", "Nr budynku", "Numer", "Nr"),
        "cs": ("Číslo domu", "Číslo popisné", "Č. p.", "Číslo", "Číslo budovy"),
        "ru": ("Дом", "Номер дома", "Здание"),
    },
    "postal_code": {
        "en": ("Postal code", "Postcode", "ZIP", "ZIP code", "Post code"),
        "pl": ("Kod pocztowy", "Kod"),
        "cs": ("PSČ", "Poštovní směrovací číslo"),
        "ru": ("Почтовый индекс", "Индекс"),
    },
    "city": {
        "en": ("City", "Town", "Locality"),
        "pl": ("Miejscowość", "Miasto"),
        "cs": ("Obec", "Město", "Místo"),
        "ru": ("Город", "Населённый пункт", "Населенный пункт"),
    },
    "region": {
        "en": ("Region", "State", "Province", "Voivodeship"),
        "pl": ("Województwo", "Region"),
        "cs": ("Kraj", "Region"),
        "ru": ("Область", "Регион", "Край"),
    },
    "country": {
        "en": ("Country",),
        "pl": ("Kraj", "Państwo"),
        "cs": ("Země", "Stát"),
        "ru": ("Страна",),
    },
    "business_activity": {
        "en": ("Business activity", "Activity", "Industry", "Line of business"),
        "pl": ("Działalność", "Rodzaj działalności", "Branża", "Przedmiot działalności"),
        "cs": ("Činnost", "Předmět podnikání", "Obor", "Obor činnosti"),
        "ru": ("Деятельность", "Вид деятельности", "Отрасль"),
    },
    "employment_level": {
        "en": ("Employees", "Employment", "Employment level", "Number of employees", "Headcount"),
        "pl": ("Zatrudnienie", "Liczba pracowników", "Wielkość zatrudnienia"),
        "cs": ("Počet zaměstnanců", "Zaměstnanci", "Velikost"),
        "ru": ("Численность", "Количество сотрудников", "Сотрудники", "Численность персонала"),
    },
    "website": {
        "en": ("Website", "Web site", "Web", "WWW", "URL", "Homepage"),
        "pl": ("Strona", "Strona internetowa", "Strona WWW"),
        "cs": ("Webová stránka", "Webové stránky", "Web"),
        "ru": ("Сайт", "Веб-сайт"),
    },
    "email": {
        "en": ("E-mail", "Email", "Mail", "E-mail address", "Email address"),
        "pl": ("Adres e-mail", "Poczta e-mail"),
        "cs": ("E-mailová adresa",),
        "ru": ("Электронная почта", "Эл. почта", "Почта", "Е-мейл"),
    },
    "landline": {
        "en": ("Phone", "Telephone", "Landline", "Tel", "Phone number"),
        "pl": ("Telefon", "Telefon stacjonarny", "Numer telefonu"),
        "cs": ("Telefon", "Pevná linka", "Telefonní číslo"),
        "ru": ("Телефон", "Тел", "Стационарный телефон", "Номер телефона"),
    },
    "mobile": {
        "en": ("Mobile", "Mobile phone", "Cell", "Cell phone", "Cellphone"),
        "pl": ("Komórka", "Telefon komórkowy", "Tel. kom.", "Kom."),
        "cs": ("Mobil", "Mobilní telefon", "Mobilní"),
        "ru": ("Мобильный", "Мобильный телефон", "Моб. телефон", "Сотовый"),
    },
    "fax": {"en": ("Fax",), "pl": ("Faks",), "cs": ("Fax",), "ru": ("Факс",)},
    "data_source_1": {
        "en": ("Data source", "Source", "Data source 1", "Source 1"),
        "pl": ("Źródło", "Źródło danych", "Źródło 1", "Źródło danych 1"),
        "cs": ("Zdroj", "Zdroj dat", "Zdroj 1", "Zdroj dat 1"),
        "ru": ("Источник", "Источник данных", "Источник 1"),
    },
    **{
        f"data_source_{n}": {
            "en": (f"Data source {n}", f"Source {n}"),
            "pl": (f"Źródło {n}", f"Źródło danych {n}"),
            "cs": (f"Zdroj {n}", f"Zdroj dat {n}"),
            "ru": (f"Источник {n}", f"Источник данных {n}"),
        }
        for n in (2, 3, 4)
    },
    "remarks": {
        "en": ("Remarks", "Notes", "Note", "Comments", "Comment"),
        "pl": ("Uwagi", "Notatki", "Komentarz", "Notatka"),
        "cs": ("Poznámka", "Poznámky", "Komentář"),
        "ru": ("Примечание", "Примечания", "Комментарий", "Заметки"),
    },
    "purchase_price": {
        "en": ("Purchase price", "Price"),
        "pl": ("Cena zakupu", "Cena"),
        "cs": ("Nákupní cena", "Cena"),
        "ru": ("Цена покупки", "Закупочная цена", "Цена"),
    },
    "margin": {"en": ("Margin",), "pl": ("Marża",), "cs": ("Marže",), "ru": ("Маржа", "Наценка")},
}

# When a second column maps to a field already taken, these are the next best fields
# (files often have "Telefon" twice: the second is usually the mobile).
_NEXT_FIELD = {
    "landline": "mobile",
    "data_source_1": "data_source_2",
    "data_source_2": "data_source_3",
    "data_source_3": "data_source_4",
}
# Letters that Unicode does not decompose into base letter + mark.
_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})


def normalise_header(text: str) -> str:
    """Header text reduced for matching: lower case, no diacritics, letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _build_index() -> dict[str, dict[str | None, str]]:
    """normalised alias -> language (``None``: any) -> field."""
    index: dict[str, dict[str | None, str]] = {}
    for defn in STANDARD_FIELDS:
        index.setdefault(normalise_header(defn.name), {})[None] = defn.name
    for field, by_language in HEADER_ALIASES.items():
        for language, aliases in by_language.items():
            for alias in aliases:
                index.setdefault(normalise_header(alias), {})[language] = field
    return index


_INDEX = _build_index()


def _candidates(key: str) -> dict[str | None, str]:
    return _INDEX.get(key, {})


def match_header(
    text: str, *, language: str | None = None, custom_defs: Sequence[CustomAttributeDef] = ()
) -> str | None:
    """The field a header names, or ``None``.

    A header meaning different fields in different languages (Polish "Kraj" is the country,
    Czech "Kraj" the region) is resolved by ``language``; without one the first listed wins.
    Custom attributes match by label or key.
    """
    key = normalise_header(text)
    if not key:
        return None
    for defn in custom_defs:
        if key in (normalise_header(defn.label), normalise_header(defn.key)):
            return defn.field_name
    found = _candidates(key)
    if not found:
        return None
    if language is not None and language in found:
        return found[language]
    if None in found:
        return found[None]
    return next(iter(found.values()))


def _is_ambiguous(key: str) -> bool:
    return len(set(_candidates(key).values())) > 1


def detect_language(headers: Sequence[str]) -> str | None:
    """The language most unambiguous headers are written in (``en``, ``pl``, ``cs``, ``ru``)."""
    votes: Counter[str] = Counter()
    for header in headers:
        found = _candidates(normalise_header(header))
        languages = [lang for lang in found if lang is not None]
        if len(languages) == 1:  # "Telefon" is Polish and Czech: it says nothing
            votes[languages[0]] += 1
    if not votes:
        return None
    (best, count), *rest = votes.most_common()
    return None if rest and rest[0][1] == count else best


@dataclass(frozen=True, slots=True)
class MappingSuggestion:
    """The proposed mapping, the columns nobody recognised, and the language detected."""

    mapping: ColumnMapping
    unmatched: tuple[int, ...]
    language: str | None


def suggest_mapping(
    headers: Sequence[str], custom_defs: Sequence[CustomAttributeDef] = ()
) -> MappingSuggestion:
    """Propose a column -> field mapping; every column not in it is listed in ``unmatched``."""
    language = detect_language(headers)
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    unmatched: list[int] = []
    # unambiguous headers first, so "Kraj" only gets the region if "Województwo" did not
    order = sorted(range(len(headers)), key=lambda i: _is_ambiguous(normalise_header(headers[i])))
    for index in order:
        field = match_header(headers[index], language=language, custom_defs=custom_defs)
        if field is not None and field in taken and _is_ambiguous(normalise_header(headers[index])):
            alternatives = set(_candidates(normalise_header(headers[index])).values()) - taken
            field = min(alternatives) if alternatives else field
        while field is not None and field in taken:
            field = _NEXT_FIELD.get(field)
        if field is None:
            unmatched.append(index)
        else:
            mapping[index] = field
            taken.add(field)
    return MappingSuggestion(dict(sorted(mapping.items())), tuple(sorted(unmatched)), language)


@dataclass(frozen=True, slots=True)
class MappingProblem:
    """Why a mapping cannot be used as is: the field, the column (``None``: no column), a code."""

    field: str
    column: int | None
    code: ErrorCode | DataIoCode


def check_mapping(
    mapping: Mapping[int, str],
    headers: Sequence[str],
    custom_defs: Sequence[CustomAttributeDef] = (),
) -> tuple[MappingProblem, ...]:
    """Problems with a (possibly hand-edited) mapping: unknown targets, a field mapped twice,
    a column that does not exist, a required field no column provides."""
    known = set(FIELDS_BY_NAME) | {d.field_name for d in custom_defs}
    problems: list[MappingProblem] = []
    seen: set[str] = set()
    for column, field in sorted(mapping.items()):
        if not 0 <= column < len(headers):
            problems.append(MappingProblem(field, column, DataIoCode.NO_SUCH_COLUMN))
        elif field not in known:
            problems.append(MappingProblem(field, column, ErrorCode.UNKNOWN_FIELD))
        elif field in seen:
            problems.append(MappingProblem(field, column, DataIoCode.FIELD_MAPPED_TWICE))
        seen.add(field)
    required = [f.name for f in STANDARD_FIELDS if f.required]
    required += [d.field_name for d in custom_defs if d.required]
    problems.extend(
        MappingProblem(name, None, ErrorCode.REQUIRED) for name in required if name not in seen
    )
    return tuple(problems)
