"""Standard variants: country names, abbreviations and demonyms; a few international bodies.

These are general tables (the world's countries and the best-known acronyms), not lists made
for particular articles. Lookups are exact on the cleaned surface form; short all-caps
abbreviations are only ever matched with their exact case.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from . import gazetteer
from .spans import is_acronym

# The world's countries, the UK's nations, a few territories, continents (for their
# demonyms), and the former states archive copy names most:
# canonical name | demonyms (singular adjectives/nouns) | other names, abbreviations
_COUNTRIES = """
Afghanistan | Afghan, Afghani |
Albania | Albanian |
Algeria | Algerian |
Andorra | Andorran |
Angola | Angolan |
Antigua and Barbuda | Antiguan, Barbudan |
Argentina | Argentine, Argentinian, Argentinean |
Armenia | Armenian |
Australia | Australian, Aussie |
Austria | Austrian |
Azerbaijan | Azerbaijani, Azeri |
Bahamas | Bahamian | The Bahamas
Bahrain | Bahraini |
Bangladesh | Bangladeshi |
Barbados | Barbadian, Bajan |
Belarus | Belarusian, Belarussian | Byelorussia
Belgium | Belgian |
Belize | Belizean |
Benin | Beninese |
Bhutan | Bhutanese |
Bolivia | Bolivian |
Bosnia and Herzegovina | Bosnian, Herzegovinian | Bosnia, Bosnia-Herzegovina
Botswana | Motswana, Batswana, Botswanan |
Brazil | Brazilian |
Brunei | Bruneian |
Bulgaria | Bulgarian |
Burkina Faso | Burkinabe, Burkinabé |
Burundi | Burundian |
Cambodia | Cambodian |
Cameroon | Cameroonian |
Canada | Canadian |
Cape Verde | Cape Verdean | Cabo Verde
Central African Republic | Central African |
Chad | Chadian |
Chile | Chilean |
China | Chinese | People's Republic of China, PRC, Mainland China
Colombia | Colombian |
Comoros | Comoran, Comorian |
Democratic Republic of the Congo | Congolese | DRC, DR Congo, D.R. Congo, Congo-Kinshasa
Republic of the Congo | | Congo-Brazzaville
Costa Rica | Costa Rican |
Croatia | Croatian, Croat |
Cuba | Cuban |
Cyprus | Cypriot |
Czech Republic | Czech | Czechia
Denmark | Danish, Dane |
Djibouti | Djiboutian |
Dominica | |
Dominican Republic | Dominican |
East Timor | Timorese, East Timorese | Timor-Leste
Ecuador | Ecuadorian, Ecuadorean |
Egypt | Egyptian |
El Salvador | Salvadoran, Salvadorean |
Equatorial Guinea | Equatoguinean, Equatorial Guinean |
Eritrea | Eritrean |
Estonia | Estonian |
Eswatini | Swazi | Swaziland
Ethiopia | Ethiopian |
Fiji | Fijian |
Finland | Finnish, Finn |
France | French, Frenchman, Frenchwoman |
Gabon | Gabonese |
Gambia | Gambian | The Gambia
Georgia | Georgian |
Germany | German |
Ghana | Ghanaian |
Greece | Greek |
Grenada | Grenadian |
Guatemala | Guatemalan |
Guinea | Guinean |
Guinea-Bissau | Bissau-Guinean |
Guyana | Guyanese |
Haiti | Haitian |
Honduras | Honduran |
Hungary | Hungarian |
Iceland | Icelandic, Icelander |
India | Indian |
Indonesia | Indonesian |
Iran | Iranian | Islamic Republic of Iran
Iraq | Iraqi |
Ireland | Irish, Irishman, Irishwoman | Republic of Ireland, Eire
Israel | Israeli |
Italy | Italian |
Ivory Coast | Ivorian | Côte d'Ivoire, Cote d'Ivoire, Côte d\u2019Ivoire
Jamaica | Jamaican |
Japan | Japanese |
Jordan | Jordanian |
Kazakhstan | Kazakh, Kazakhstani |
Kenya | Kenyan |
Kiribati | I-Kiribati |
Kosovo | Kosovar, Kosovan |
Kuwait | Kuwaiti |
Kyrgyzstan | Kyrgyz, Kyrgyzstani |
Laos | Lao, Laotian |
Latvia | Latvian |
Lebanon | Lebanese |
Lesotho | Basotho, Mosotho |
Liberia | Liberian |
Libya | Libyan |
Liechtenstein | Liechtensteiner |
Lithuania | Lithuanian |
Luxembourg | Luxembourgish, Luxembourger |
Madagascar | Malagasy |
Malawi | Malawian |
Malaysia | Malaysian |
Maldives | Maldivian | The Maldives
Mali | Malian |
Malta | Maltese |
Marshall Islands | Marshallese |
Mauritania | Mauritanian |
Mauritius | Mauritian |
Mexico | Mexican |
Micronesia | Micronesian |
Moldova | Moldovan |
Monaco | Monegasque |
Mongolia | Mongolian |
Montenegro | Montenegrin |
Morocco | Moroccan |
Mozambique | Mozambican |
Myanmar | Burmese, Myanmarese | Burma
Namibia | Namibian |
Nauru | Nauruan |
Nepal | Nepali, Nepalese |
Netherlands | Dutch, Dutchman, Dutchwoman | The Netherlands, Holland
New Zealand | New Zealander | NZ
Nicaragua | Nicaraguan |
Niger | Nigerien |
Nigeria | Nigerian |
North Korea | North Korean | DPRK, Democratic People's Republic of Korea
North Macedonia | Macedonian | Macedonia
Norway | Norwegian |
Oman | Omani |
Pakistan | Pakistani |
Palau | Palauan |
Palestine | Palestinian | State of Palestine, Palestinian territories
Panama | Panamanian |
Papua New Guinea | Papua New Guinean, Papuan |
Paraguay | Paraguayan |
Peru | Peruvian |
Philippines | Filipino, Filipina, Philippine | The Philippines
Poland | Polish, Pole |
Portugal | Portuguese |
Qatar | Qatari |
Romania | Romanian |
Russia | Russian | Russian Federation
Rwanda | Rwandan |
Saint Kitts and Nevis | Kittitian, Nevisian |
Saint Lucia | Saint Lucian |
Saint Vincent and the Grenadines | Vincentian |
Samoa | Samoan |
San Marino | Sammarinese |
Sao Tome and Principe | Santomean | São Tomé and Príncipe
Saudi Arabia | Saudi, Saudi Arabian |
Senegal | Senegalese |
Serbia | Serbian, Serb |
Seychelles | Seychellois |
Sierra Leone | Sierra Leonean |
Singapore | Singaporean |
Slovakia | Slovak, Slovakian |
Slovenia | Slovenian, Slovene |
Solomon Islands | Solomon Islander |
Somalia | Somali |
South Africa | South African |
South Korea | South Korean | ROK, Republic of Korea
South Sudan | South Sudanese |
Spain | Spanish, Spaniard |
Sri Lanka | Sri Lankan |
Sudan | Sudanese |
Suriname | Surinamese |
Sweden | Swedish, Swede |
Switzerland | Swiss |
Syria | Syrian |
Taiwan | Taiwanese | Republic of China
Tajikistan | Tajik, Tajikistani |
Tanzania | Tanzanian |
Thailand | Thai |
Togo | Togolese |
Tonga | Tongan |
Trinidad and Tobago | Trinidadian, Tobagonian |
Tunisia | Tunisian |
Turkey | Turkish, Turk | Türkiye, Turkiye
Turkmenistan | Turkmen |
Tuvalu | Tuvaluan |
Uganda | Ugandan |
Ukraine | Ukrainian | The Ukraine
United Arab Emirates | Emirati | UAE, U.A.E.
United Kingdom | British, Briton, Brit | UK, U.K., Britain, Great Britain
United States | American | US, U.S., USA, U.S.A., United States of America, America
Uruguay | Uruguayan |
Uzbekistan | Uzbek, Uzbekistani |
Vanuatu | Ni-Vanuatu |
Vatican City | | Vatican, Holy See
Venezuela | Venezuelan |
Vietnam | Vietnamese | Viet Nam
Yemen | Yemeni |
Zambia | Zambian |
Zimbabwe | Zimbabwean |
England | English, Englishman, Englishwoman |
Scotland | Scottish, Scot, Scotsman, Scotswoman |
Wales | Welsh, Welshman, Welshwoman |
Northern Ireland | Northern Irish |
Hong Kong | Hongkonger, Hong Konger |
Puerto Rico | Puerto Rican |
Greenland | Greenlandic, Greenlander |
Europe | European |
Africa | African |
Asia | Asian |
Latin America | Latin American |
South America | South American |
North America | North American |
Soviet Union | Soviet | USSR, U.S.S.R., Union of Soviet Socialist Republics
East Germany | East German | German Democratic Republic, GDR
West Germany | West German |
Yugoslavia | Yugoslav, Yugoslavian |
Czechoslovakia | Czechoslovak, Czechoslovakian |
Zaire | Zairean, Zairian |
Rhodesia | Rhodesian |
"""

# International bodies and central banks best known by an acronym or a short name:
# canonical name | variants.
_ORGS = """
United Nations | UN, U.N.
European Union | EU, E.U.
North Atlantic Treaty Organization | NATO
World Health Organization | WHO
International Monetary Fund | IMF
World Trade Organization | WTO
Association of Southeast Asian Nations | ASEAN
Organization of the Petroleum Exporting Countries | OPEC
International Atomic Energy Agency | IAEA
Federal Reserve | Fed, U.S. Federal Reserve, US Federal Reserve
European Central Bank | ECB
Bank of England | BoE
Bank of Japan | BOJ, BoJ
"""


@dataclass(frozen=True)
class Variant:
    type: str  # "place" or "org"
    name: str  # the canonical name


def _fields(line: str) -> list[list[str]]:
    return [[item.strip() for item in part.split(",") if item.strip()] for part in line.split("|")]


def _build() -> tuple[dict[str, Variant], dict[str, str]]:
    variants: dict[str, Variant] = {}
    demonyms: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        (name,), nationals, others = _fields(line)
        for form in (name, *others):
            variants[form] = Variant("place", name)
        for demonym in nationals:
            demonyms[demonym] = name
    for line in _ORGS.strip().splitlines():
        (name,), others = _fields(line)
        for form in (name, *others):
            variants[form] = Variant("org", name)
    return variants, demonyms


VARIANTS, DEMONYMS = _build()
# The US capital, whose name holds the tables' separator: one place however it is written.
_CAPITAL = Variant("place", "Washington, D.C.")
VARIANTS.update(
    dict.fromkeys(
        ("Washington, D.C.", "Washington D.C.", "Washington, DC", "District of Columbia", "D.C."),
        _CAPITAL,
    )
)
# A leading "The" is part of a few country names in the tables; lookups use the form without it.
VARIANTS.update({k[4:]: v for k, v in list(VARIANTS.items()) if k.startswith("The ")})
_FOLDED = {form.casefold(): v for form, v in VARIANTS.items() if not is_acronym(form)}


@functools.lru_cache(maxsize=65536)
def lookup(form: str) -> Variant | None:
    """The standard entity a cleaned surface form names, e.g. "U.S." -> place United States."""
    found = VARIANTS.get(form)
    if found is not None:
        return found
    if is_acronym(form):
        return None
    # Case-insensitive for full names, so "SOUTH KOREA" in an all-caps headline still matches;
    # "United-States" is "United States".
    found = _FOLDED.get(form.casefold()) or _FOLDED.get(form.replace("-", " ").casefold())
    if found is None and form[:1].isupper():
        # Every other country and territory by its ISO names ("Russian Federation", "Guam").
        common = gazetteer.country(form)
        if common is not None:
            found = VARIANTS.get(common) or Variant("place", common)
    return found


def demonym_country(form: str) -> tuple[str, str] | None:
    """``"South Koreans"`` -> ``("South Korean", "South Korea")``: the singular and the country."""
    for candidate in _singulars(form):
        country = DEMONYMS.get(candidate)
        if country is not None:
            return candidate, country
    return None


def _singulars(form: str) -> list[str]:
    found = [form]
    if form.endswith("men"):  # Frenchmen -> Frenchman
        found.append(form[:-3] + "man")
    if form.endswith("s") and not form.endswith("ss"):
        found.append(form[:-1])
    return found


def variant_forms(variant: Variant) -> list[str]:
    """Every surface form of a standard entity, e.g. all the ways of writing the United States."""
    return list(_FORMS.get(variant, ()))


def _forms_by_variant() -> dict[Variant, tuple[str, ...]]:
    found: dict[Variant, list[str]] = {}
    for form, variant in VARIANTS.items():
        found.setdefault(variant, []).append(form)
    return {variant: tuple(sorted(forms)) for variant, forms in found.items()}


_FORMS = _forms_by_variant()
