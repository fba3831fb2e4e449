"""Realistic tables for import tests, generated here (made-up figures in the shapes real files
have), so no third-party data is shipped."""
import random


COUNTRIES = [("Lechenwood", "Europe"), ("Marrow Bay", "Oceania"), ("Ostrava Plains", "Europe"), ("Quillon", "Asia"),
             ("Sarn", "Africa"), ("Tavi Islands", "Oceania"), ("Uldor", "Americas"), ("Velmar", "Asia")]
FIRST_LIFE = ("28.417", "30.105", "31.862", "33.07")      # three decimals, then one with two


def write_panel(path, countries: int = 8, seed: int = 5, layout: str = "wide", three_first: int = 1,
                header: str | None = None, first: tuple = FIRST_LIFE) -> None:
    """A country-year panel as data sites publish them (made up here, not copied): country,
    continent, year every five years 1952–2007, life expectancy written with up to three decimals
    (trailing zeros dropped, so '33.07'), population as whole numbers, GDP per head with seven.
    ``three_first``: how many countries have every life expectancy written with three decimals
    (so the head of the file fits both readings); ``first``: the first country's first values."""
    rng = random.Random(seed)
    lines = [header or ("country,continent,year,lifeExp,pop,gdpPercap" if layout == "wide" else
                        "country,year,indicator,value")]
    for c in range(countries):
        name, continent = COUNTRIES[c % len(COUNTRIES)]
        name = name if c < len(COUNTRIES) else f"{name} {c // len(COUNTRIES)}"
        life, pop, gdp = rng.uniform(28, 45), rng.randint(200_000, 60_000_000), rng.uniform(300, 9000)
        for k, year in enumerate(range(1952, 2008, 5)):
            if c == 0 and k < len(first):
                life_text = first[k]
            elif c < three_first:
                life_text = f"{life:.3f}" if f"{life:.3f}"[-1] != "0" else f"{life + 0.001:.3f}"
            else:
                life_text = repr(round(life, 3))
            if layout == "wide":
                lines.append(f"{name},{continent},{year},{life_text},{pop},{round(gdp, 7)!r}")
            else:
                lines.append(f"{name},{year},life expectancy,{life_text}")
            life += rng.uniform(0.2, 2.5)
            pop = int(pop * rng.uniform(1.01, 1.2))
            gdp *= rng.uniform(0.9, 1.3)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"     # grave, acute, tilde, hook above, dot below


def windows_1258(text: str) -> bytes:
    """Text as Vietnamese Windows writes it: letters the code page lacks ('ợ') as a base letter
    it has ('ơ') followed by the combining tone mark."""
    import unicodedata

    out = []
    for ch in text:
        try:
            ch.encode("windows-1258")
            out.append(ch)
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in TONE_MARKS)
            out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS)) + tones)
    return "".join(out).encode("windows-1258")
