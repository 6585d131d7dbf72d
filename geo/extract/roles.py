"""The role of a place mention in a strike sentence: struck, reference, launch site, container."""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right

from geo.extract.containers import (
    _areas_locating_unstruck,
    _city_listed_with_towns,
    _continues_containers,
    _countryside_holds,
    _holds_district,
    _holds_neighbourhood,
    _holds_settlements,
    _listed_province_apart,
    _neighbourhood_of,
    _opens_on_its_city,
    _opens_sentence,
    _owns_its_neighbourhood,
    _owns_next,
    _province_apart,
    _relation,
    _struck_apart,
)
from geo.extract.context import (
    MORE_STRIKES_RE,
    _DocContext,
    _find,
    _in_range,
    _mention_at,
    _mentions_in,
    _sentence_at,
    _sentence_clauses,
    _Span,
    _SpanList,
)
from geo.extract.datelines import _is_dateline, _labels_told_again
from geo.extract.dates import _MONTH_RE
from geo.extract.levels import (
    _area_before,
    _is_admin,
    _is_area,
    _is_foreign,
    _is_neighbourhood_name,
    _is_region,
    _is_town,
    _province_at,
)
from geo.extract.lexicon import alternation, load, quick_opening
from geo.extract.names import _LAUNCH_NAMES
from geo.extract.references import (
    _APPOSITION_BEFORE_RE,
    _BEARING_REFERENCE_BEFORE_RE,
    _DIRECTION,
    _MEETING_BEFORE_RE,
    _NEAR_CUE_RE,
    _PLURAL_NEAR_BEFORE_RE,
    _ROAD_END_BEFORE_RE,
    _SPANNED_WATER_BEFORE_RE,
    _TARGET_OWN_DEED_BEFORE_RE,
    _TARGET_OWN_DEED_WORDS,
    _TARGET_OWN_FIRE_BEFORE_RE,
    _TARGET_OWN_FIRE_WORDS,
    ELLIPTIC_STRIKE,
    _contains,
    _fronted_reference,
    _is_setting,
    _locates_place_before,
    _locates_places_named_next,
    _locates_unknown_setting,
    _names_place_at,
    _opens_on_place_before,
    _role_after,
)
from geo.extract.triggers import _drop_unstruck
from geo.names import governorate_of, letter_key
from geo.record import Mention

#: The sides fighting on the ground and the verbs of striking, as pattern alternatives.
_GROUND_SIDES = alternation(load("triggers")["ground_subjects"])
_STRIKE_VERBS = alternation(load("triggers")["strike_verbs"])

# "families who had come from X and Y, which jets bombed on Monday", "fled X, where
# helicopters struck a market": a relative clause right after the place (or the list it
# closes) whose subject is aircraft and whose verb strikes, no other place its object, makes
# the place struck, whatever the words before it make of it (a home town, a place fled).
# The strikes themselves are such a subject as the aircraft are ("came from X and Y, where
# air strikes hit residential areas", "where barrel bombs destroyed a school"), and so they
# are when a speaker tells them ("from X, where activists said jets had struck a school").
_AIRCRAFT = alternation(load("triggers")["air_arms"] + load("triggers")["relative_air_strikes"])
_STRUCK_BY_RELATIVE_AFTER_RE = re.compile(
    r"(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:al|el)-)?[A-Z][\w'’-]{0,30}"
    r"(?:[ -](?:(?:al|el)-)?[A-Z][\w'’-]{0,30}){0,2}){0,4}"
    r",[ \t]+"
    # "from X, where the vegetable market had been bombed an hour earlier": what in the place
    # was struck, told in the passive, with no ground weapon after it ("which" would name
    # what was told before the place, as "a hospital near X, which ... had been struck" does).
    r"(?:where[ \t]+(?P<passive>(?:the|a|an|its)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}?"
    r"(?:had[ \t]+been|has[ \t]+been|was|were)[ \t]+(?:(?:also|again|reportedly)[ \t]+)?"
    r"(?:struck|hit|bombed|targett?ed|destroyed|pounded|raided)\b"
    r"(?![ \t]+(?:by|with|in)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:shells?|shelling|mortars?"
    r"|artillery|rockets?|tanks?|rebels?|fighters|gunfire|snipers?|clashes|fighting)\b))|"
    r"(?:which|where)[ \t]+"
    # "from X, where local activists said Russian aircraft had struck a school": a speaker
    # telling the clause's strike before its aircraft.
    r"(?:(?:local[ \t]+|the[ \t]+)?(?:activists|residents|witnesses|rescuers|medics|sources)"
    r"[ \t]+(?:said|say|reported)[ \t]+(?:that[ \t]+)?)?"
    r"(?:(?:Russian|Syrian|regime|government|coalition|the|its"
    r"|their|[Gg]overnment[’']s|[Rr]egime[’']s)[ \t]+){0,2}"
    rf"(?i:{_AIRCRAFT})[ \t]+(?:(?:had|have|has|also|again|repeatedly|reportedly)[ \t]+){{0,2}}"
    rf"(?i:{_STRIKE_VERBS}|raided)\b)"
    # "fled X, where jets struck Y": the clause's own place is the struck one, not X.
    r"(?![ \t]+(?:the[ \t]+)?(?:(?:nearby|neighbou?ring|town|village|city)[ \t]+(?:of[ \t]+)?)?"
    r"(?:(?:al|el)-)?[A-Z])"
)
# "a boy from X whose legs had been crushed in an air strike on the market there", "a man
# from X wounded when jets hit the bakery there": a strike "there", in the clause after the
# place, makes the place struck, whatever the words before it make of it (a home town).
_STRUCK_THERE_AFTER_RE = re.compile(
    r"[^.;:!?]{0,80}?\b(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:air[- ]?strikes?|air[- ]?raids?|strikes?|raids?|bombing|barrel[ \t]+bombs?)"
    r"\s+(?:on|in|at)\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,3}?there\b"
    r"|[^.;:!?]{0,80}?\b(?:when|as)\s+(?:(?:the|a|an|Russian|Syrian|regime|government)\s+){0,2}"
    rf"(?i:{_AIRCRAFT})\s+(?:(?:had|have|has)\s+)?(?i:{_STRIKE_VERBS})\s+"
    r"(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,3}?there\b",
    re.IGNORECASE,
)
_BETWEEN_ENDS_BEFORE_RE = re.compile(r"\bbetween\s+[^,.;:]{1,60}?\s+and\s+(?:the\s+)?$")
_PASSIVE_RIGHT_AFTER_RE = re.compile(r",[ \t]+where\b")
# A place named after these locates something close to it, not in it: "a roadblock
# near X", "a workshop north of X". Alone in its clause it is the best location
# the report gives (an event "near" X); beside a place struck "in" it, or in
# apposition to a named place ("Sukayk, north-east of Hama"), it is not struck.
_NEAR_BEFORE_RE = re.compile(
    # "nearby" after a preposition is an adjective of the place itself ("raids on nearby X"),
    # and so it is after "and" joining it to a place struck ("in X and nearby Y"), after a
    # strike verb ("jets struck nearby X") and after "over" ("smoke rose over nearby X").
    # "near the front with the regime at X": the front is located by the place, beside it.
    r"(?:\bnear(?:\s+the\s+front(?:[\s-]?lines?)?(?:\s+with\s+(?:the\s+)?[\w'’-]+)?\s+(?:at|in|around))?"
    r"|(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bthe\s)(?<!\bof\s)(?<!\band\s)"
    r"(?<!\bover\s)(?<!\bhit\s)(?<!\bstruck\s)(?<!\bbombed\s)(?<!\bpounded\s)"
    r"\bnearby(?!\s+(?:the\s+)?(?:city|town|village))|\b(?:close|next)\s+to|\boutside(?:\s+of)?"
    # "positions round X": "round" as British copy writes "around".
    # "strikes also hit the area of X": the area struck, as "in the area of X", is beside X
    # ("hit the area of the X citadel" names a site in X, not X's surroundings).
    r"|\b(?:a|(?<=[a-z]\s))round|\bin\s+the\s+area\s+of(?:\s+the\s+settlements?\s+of)?"
    # "in the areas of the settlements of X, Y and Z": a ministry's plural, beside each place
    # of its list; so are "strikes on the areas of the settlements of X, Y and Z" as a
    # translated ministry writes it, and the plural with the places named straight after it
    # ("strongholds in the areas of X and Y"), each the area of one place, as "in the area
    # of X" is.
    r"|\b(?:in|on)\s+the\s+areas\s+of(?:\s+the\s+settlements\s+of)?"
    r"|\b(?:hit|hits|struck|targeted|pounded|bombed|shelled)\s+the\s+area\s+of(?!\s+the\b)"
    # "on the southern bank of the river across from X": the other side of a river from X.
    r"|\bacross\s+(?:the\s+(?:river|valley)\s+)?from|\bopposite"
    # "on the edges of X", as "on the edge of X".
    r"|\b(?:outskirts|edges?|vicinity|surroundings|environs|periphery)\s+of"
    # "raids on the barrens (jurd) of X", "missiles at the wadi of X": the uncultivated
    # hills and the valley that belong to a town lie outside it, as its outskirts do.
    r"|\b(?:barrens|jurds?|wadi)(?:\s+\((?:jurd|barrens)\))?\s+of"
    # "58 strikes on the approaches to X", "the southern approaches of X": the ways into a
    # place are beside it.
    r"|\bapproaches\s+(?:to|of)"
    # "jets hit the road out of X": a road leaving a place runs beside it.
    r"|\b(?:roads?|highway|route)\s+(?:leading\s+)?out\s+of"
    # "X, on the southern slope of Y", "at the foot of Y": ground beside a height.
    r"|\b(?:slopes?|foot|foothills)\s+of"
    # "barrel bombs on the hills above X": high ground over a place is beside it.
    # "raids on the hills surrounding the town of X", as translated copy writes it.
    r"|\b(?:hills?|heights|slopes|ridges?|mountains?)\s+(?:above|overlooking|surrounding)"
    # "barrel bombs on the farms surrounding X camp": the land round a place lies about it, as
    # its surroundings do ("the farms of X" are X's own land, and X itself).
    r"|\b(?:farms|farm[ \t]?lands?|fields|orchards|groves)\s+surrounding"
    r"|\b" + _DIRECTION + r"(?:ern|wards?)?"
    r"\s+of|\b(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\w+\s+){0,2}(?:from|of))"
    # "near ISIS-held X", "near the Syrian city of X", "south of the Syrian border town of X".
    # "near the settlements of X and Y": the plural names each place of the list.
    # "on the outskirts of neighbouring X": the place beside the one told before.
    # "a ridge overlooking the besieged X airport": who holds it, or its siege.
    # "'in the vicinity of' X": the ministry's words quoted, the quote closed before the place.
    r"[\"”'’]?\s+(?:the\s+)?(?:(?:neighbou?ring|nearby)\s+)?(?:(?:\w+-held|besieged)\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|village|settlement)s?\s+of\s+"
    # "north of the Islamic State group's Syrian stronghold X", "near IS bastion X".
    r"|(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:stronghold|bastion)\s+"
    r"|(?:Syrian\s+)?capital,?\s+)?#?$",
    re.IGNORECASE,
)
# "in the west of X province": the part of an area, told as a direction inside it.
_PART_OF_BEFORE_RE = re.compile(
    r"\b(?:in|across|throughout)\s+the\s+" + _DIRECTION + r"(?:ern)?\s+(?:parts?\s+)?of\s+#?$",
    re.IGNORECASE,
)
# "... overlooking X after Russian airstrikes on the town": a strike on the place named again.
_STRUCK_THE_TOWN_AFTER_RE = re.compile(
    r"[ \t]+(?:after|following|amid|as|when)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?:air[ \t]?strikes|air[ \t]+raids|raids|strikes|bombardment|bombing|barrel[ \t]+bombs)"
    r"[ \t]+on[ \t]+the[ \t]+(?:town|village|city)\b",
    re.IGNORECASE,
)
# "a field camp in the area between X and Y", "farms between the towns of X and Y",
# "raids on farmland between X and Y": an area struck that the two places bound, close to each.
# So are hills and heights so bounded, and a gathering or convoy struck there, a few words
# telling whose it is allowed ("a gathering of vehicles of the militants between X and Y"),
# unless they name the road it was on, whose ends only orient.
_AREA_BETWEEN_BEFORE_RE = re.compile(
    r"\b(?:area|farms|farm[ \t]?lands?|agricultural[ \t]+lands?|fields|orchards|groves|positions"
    r"|hills|heights"
    r"|(?:vehicles|convoys?|gatherings?)(?:\s+(?!(?:roads?|highways?|routes?)\b)[\w'’-]+){0,5}?)"
    r"\s+between\s+"
    r"(?:the\s+(?:towns|villages|cities)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# Places that only orient the reader: "between X and Y", "on the road to X",
# "filmed flying over X". Never struck.
_REFERENCE_BEFORE_RE = re.compile(
    # "an attack towards X from the side of Y": translated copy's "from the direction of Y".
    # "came from the direction of Z and Y": a first name of the list the gazetteer does not
    # know (capitalised, its article allowed) leaves Y the direction's as much.
    r"(?:\bbetween|\bbeyond|\bfrom\s+the\s+side\s+of|\bway\s+to|\broad\s+to"
    r"|\bdirection\s+of(?:\s+(?:[a-z]{1,3}-)?(?-i:[A-Z])[\w'’]*(?:\s+and|\s*,))?"
    r"|\b(?:filmed|flying|flew|seen|spotted|circling|patrolling)\s+(?:\w+\s+){0,2}over"
    # Overflight: "heavy flights over the border X", "hovering above the nearby X",
    # "in the airspace of X" (aircraft seen there, no strike told).
    r"|\b(?:(?:flights?|overfl(?:ew|ying|ights?|own)|hover(?:ing|ed|s)?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:over|above)|\bin\s+the\s+(?:atmosphere|air\s*space|skies|sky)\s+(?:of|over|above))"
    r"(?:\s+the)?(?:\s+[a-z][\w-]*)?"
    r"|\b(?:highway|motorway|road|route|supply\s+(?:lines?|routes?)|lifeline)"
    # "the road north from X": the way the road runs from its start may come between.
    r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?"
    r"(?:linking|connecting|from|to|into)"
    # "put the station out of service and cut water to X": the towns a struck station
    # served, no struck places.
    r"|\b(?:cut|cuts|cutting)\s+(?:off\s+)?(?:the\s+)?(?:drinking\s+)?(?:water|power"
    r"|electricity)(?:\s+supplies)?\s+(?:to|for)"
    # "holds the regime responsible for cutting the water from X": the city deprived of it.
    r"|\b(?:cut|cuts|cutting)\s+(?:off\s+)?the\s+(?:drinking\s+)?water\s+from"
    # "ISIS, which has no presence in northern X": where a group is not, no struck place.
    r"|\b(?:has|have|had)\s+(?:no|little|only\s+a\s+(?:small|limited))\s+presence\s+in"
    r"(?:\s+the)?(?:\s+[a-z][\w-]*)?"
    # "on the road the army hopes to open to X": where a road or corridor leads.
    # "to cut the opposition's supply lines from the border toward X": where they lead.
    # "IS vehicles on the roads north of the city, towards X and Y": where roads lead.
    r"|\b(?:highways?|motorways?|roads?|routes?|corridors?|supply\s+(?:lines?|routes?))"
    r"(?:\s+(?!and\b|or\b)[\w'’-]+){1,5}?,?\s+(?:to|towards?|into)"
    # "the farmland on the town's western edge, facing X": what a place or a front faces,
    # across the lines from it, is no place struck.
    r"|\bfacing"
    # "on the edge of X, near the front with Y": the place across the front line from the
    # struck one, no place struck.
    r"|\bfront(?:[\s-]?lines?)?\s+with"
    # "RDI's medical coordinator for the X": the area a person works for, no place struck.
    r"|\b(?:" + alternation(load("people")["remit_roles"]) + r")\s+for"
    # "the highway that links the city with X": its far end, the near one told by a noun.
    r"|\b(?:linking|connecting|links|connects)\s+(?:[\w'’-]+\s+){1,3}(?:to|and|with)"
    # "a bridge that links the area of X with ...": the ends of a struck road or bridge.
    r"|\b(?:links|linked|linking|connects|connected|connecting)"
    # "X, the last rebel town before the border crossing of Y": the place a struck town is
    # told against, along the way to it. Who holds the town may come between ("the last town
    # held by the group before Y", "the first village in rebel hands on the road to Y").
    r"|\b(?:last|first|final|only|nearest)\s+(?:[\w-]+\s+){0,2}?(?:towns?|city|village"
    r"|stop|stronghold|outpost|checkpoint)"
    r"(?:\s+(?:(?:held|controlled|run)\s+by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)??"
    r"|in\s+(?:[\w'’-]+\s+){1,2}?hands))?"
    r"\s+(?:before|on\s+the\s+(?:way|road)\s+to))"
    r"\s+(?:the\s+)?(?:\w+ern\s+)?"
    # "the last route into the rebel-held east of X": the part of a city a road leads to.
    r"(?:(?:[\w-]+-held\s+)?(?:east|west|north|south|\w+ern\s+(?:part|half|side|districts))"
    r"\s+of\s+(?:the\s+)?)?"
    # "attacks carried out from the direction of the settlement of X": a ministry's word for
    # a town, as "the town of X" is.
    r"(?:(?:city|town|village|settlement|area|(?:border\s+)?crossing)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# ", near Y" after a bearing's reference: the finer place the strike was close to.
# "southeast of X, on the Y hills", "southeast of X, near the city's airport, on the Y hills":
# a finer place on which the strike fell, after an aside on the city's landmark or none.
_NEAR_NAMED_AFTER_RE = re.compile(
    r",\s+(?:(?:near|close\s+to)\s+the\s+(?:city|town)['’]s\s+(?:[\w-]+\s+)?[\w-]+,\s+)?"
    r"(?:(?:near|close\s+to)\s+(?:the\s+(?:town|village)\s+of\s+)?|on\s+(?:the\s+)?)"
)
# "X, a town of about 30,000 people in Y province, north-east of": the town's kind and size
# may come before its governorate.
_SET_APPOSITION_BEFORE_RE = re.compile(
    r"[A-Z][\w'’-]*\s*,\s*(?:an?\s+(?:town|village|city)\s+(?:of\s+(?:about\s+|some\s+|around\s+)?"
    r"\d{1,3}(?:,\d{3})+\s+(?:people|residents|inhabitants)\s+)?)?"
    r"in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:countryside|province|governorate|region)"
    r"(?:\s+of\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?"
    # "X, in Y province, as well as two depots near": the list of targets goes on.
    r"\s*,\s*(?!and\b|or\b|as\s+well\s+as\b)(?:[a-z0-9][\w'’-]*\s+(?:\(?(?:\d{1,3}(?:,\d{3})+|[\w'’-]+)\)?\s+){0,7})?$"
)
# "a command post south-east of X, a large ammunition depot near Y and a camp ...": a target
# after the comma goes on with a list of targets; it is no apposition describing X. So does
# a target with no article or with a count ("a post near X, ammunition depots near Y", "X,
# 12 fuel depots near Y").
_LISTED_TARGET_AFTER_COMMA_RE = re.compile(
    r"\s*,\s*(?:(?:an?|one|two|three|several|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{alternation(load('triggers')['listed_targets'])})\b",
    re.IGNORECASE,
)
# "X, a village with Byzantine ruins on the desert road about 30 miles southwest of": a
# longer apposition that ends on a distance still describes X. Its words may count people
# ("a town of about 50,000 people"), and the distance may be given again in other units,
# as wire copy does ("20 km (12 miles) north of").
_DISTANCE_APPOSITION_BEFORE_RE = re.compile(
    # "the X plain, an enclave about 20 km north of": the place's kind word may follow it.
    r"[A-Z][\w'’-]*(?:\s+(?:plain|valley|enclave|area|district|neighbou?rhood|camp))?"
    r"\s*,\s*(?:a|an|the)\s+(?:(?:\d{1,3}(?:,\d{3})+|[\w'’()-]+)\s+){0,14}?"
    r"\d+\s*(?:(?:miles|km|kilomet(?:re|er)s)\s+)?"
    r"(?:\(\d+(?:\.\d+)?\s*(?:miles|km|kilomet(?:re|er)s)\)\s+)?$"
)
# "a village on the Khabur river": water; "Four A-10 jets": an aircraft's type. No places.
_NOT_A_PLACE_AFTER_RE = re.compile(
    rf"\s+(?:{alternation(load('regions')['waterways'])})\b|-\d", re.IGNORECASE
)
# "the bakery in Y, which produced bread for the town and villages including X", "the
# station of Y, which supplies X", "a plant serving 40,000 people in X": the places a struck
# facility served, no struck places (taken only after a place written earlier in the
# sentence, so that "a hospital serving X was hit" alone keeps X).
_SERVED_BY_FACILITY_BEFORE_RE = re.compile(
    r"(?:\b(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:supplie[sd]|supply|serve[sd]?|feeds?|fed|provide[sd]?|produce[sd]?|pump(?:s|ed)?)"
    # Not "producing": "a workshop producing X in Y" stands in Y.
    r"|\b(?:supplying|serving|feeding))"
    r"\s+(?:[\w'’,-]+\s+){0,14}?(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_SERVED_CUES = ("suppl", "serv", "feed", "fed ", "provide", "produce", "pump")
# "the bridge linking the city of X to the eastern bank": with no place at its other end,
# the bridge's one named end is where it stands, no mere end of a span.
_LINKED_TO_A_BANK_AFTER_RE = re.compile(
    r"\s+(?:to|with)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|other|opposite|far"
    r"|left|right|river)\s+)(?:banks?|sides?|shores?)\b",
    re.IGNORECASE,
)
# "trucks that had arrived through the X crossing": a border crossing passed through is the
# way a convoy came, not where it was struck.
_THROUGH_BEFORE_RE = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$", re.IGNORECASE)
_CROSSING_AFTER_RE = re.compile(
    r"\s+(?:(?:border|frontier)\s+)?(?:crossing|gate|checkpoint)\b", re.IGNORECASE
)
# The words each pattern of a place's left context needs (lowercase), so that a
# pattern runs only where its words are (see _role).
_ROLE_WORDS_RE = re.compile(
    r"\b(?:(?P<launch>launch|from\b|out\s+of\b|fir(?:ed|ing)\b|took|taking|takes?\b|operat|deploy|station"
    r"|based|came|coming|comes?\b|depart|returned|positioned|frigate|carrier|warships?|ships?\b|vessel"
    r"|fleet|submarine|coast|naval|mov(?:e|es|ed)\b|shipp|transferr)"
    r"|(?P<flight>flying|flew)|(?P<arrival>arriv)"
    r"|(?P<meeting>meet|met\b|summit|conference|talks\b|visit|speaking|spoke|embass|ambassador"
    r"|fled\b|flee|(?:who|since|after)\s+(?:(?:had|has|have)\s+)?(?:left|leaving)\b|leave\b|refugee"
    r"|displaced|asylum|carrying|transporting|heading|headed|bound\b|evacuees|funeral|burial"
    r"|travel|driving|drove"
    r"|moving|statement|speech|communiqu|reinforc)"
    r"|(?P<speaker>by\b|approval|consent|permission|authori[sz]ation|blessing|request"
    r"|invitation)"
    r"|(?P<reference>between|beyond|before\b|direction|side\b|way\b|roads?\b|corridor|supply|lifeline|filmed|seen\b"
    r"|cut(?:s|ting)?\b"
    r"|presence"
    r"|spotted"
    r"|circling|patrolling|highway|motorway|route|link|connect|flights?\b|overfl|hover"
    r"|atmosphere|air\s*space|skies|sky\b|facing|front(?:[\s-]?lines?)?\s+with\b"
    r"|(?:" + alternation(load("people")["remit_roles"]) + r")\s+for)"
    # "close in on X" is the ground's ("close to X" locates).
    # "the edges of X" as "the edge of X": the plural names the same ground beside X.
    r"|(?P<near>near|approaches\s+to\b|close\b(?!\s+in\b)|next\s+to\b|outside|a?round\b|across|opposite|outskirts|edges?\b|vicinity|surrounding"
    r"|environs|areas?\b|above\b|overlooking|barrens\b|jurds?\b|wadi\b"
    r"|periphery|north|south|east|west|km|kms\b|kilomet|miles?\b)"
    r"|(?P<suburbs>suburbs?\b)|(?P<container>neighbou?rhoods?|districts?|quarters?\b)"
    # "destroyed the captured tanks near X": a participle after "the", "its" or a count tells
    # whose spoils were hit, no capture ("the capture of X" and "captured X" still are).
    r"|(?P<ground>(?:rebel|insurgent|opposition|militant|jihadist|ground)s?\s+attack|ground\s+operation|threaten|advanc|infiltrat|expand|taken\b|restor|push|march|mov|(?:captur|seiz)(?!ed\b)|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\d\s)(?:captur|seiz)|recaptur|retak|retook|storm|overr[au]n"
    r"|entered|besieg|encircl|liberat|(?-i:free)|control\b|approach|assault|offensive|siege\b"
    r"|battle\b|break|broke\b|punch|smash|fought\b|fall\b|loss\b|lost\b|clos(?:e|es|ed|ing)\s+in\b|noose|front\b"
    r"|spread|mass(?:ed|ing)\b|gather(?:ed|ing)\b|prepar|poised|readying|plann|claims\b|reach(?:ed|ing)\b"
    r"|hold\s+(?:on|over)\b|grip\s+(?:on|over)\b)"
    r"|(?P<truce>truce|cease-?fire|cessation|pause|lull|hudna))"
)
_ROLE_WORD_KINDS = {
    # "takes off from X" launches, "as regime takes X" is a capture: the words run both.
    "launch": ("launch", "ground"),
    "flight": ("launch", "reference"),
    "arrival": ("launch", "meeting"),
}
# A ground objective: "advanced towards X", "captured the town of X", "took control of X".
_GROUND_OBJECTIVE_BEFORE_RE = re.compile(
    # "a column trying to break through toward X": the ground's way there.
    # "punched through to X", "broke through into X": a line forced on the ground.
    # "units that tried to infiltrate toward X": fighters slipping in on the ground.
    # "the strikes of 26 March on the town of X": a day's month is no march.
    # "as the group tried to expand toward X": a side spreading its ground there.
    r"(?:\b(?:advanc\w*|push\w*|(?<!\d\s)march\w*|mov(?:ed|ing)|infiltrat\w*|expand(?:s|ed|ing)?"
    r"|(?:break(?:ing|s)?|broke|punch(?:ed|es|ing)?|smash(?:ed|es|ing)?|fought)"
    r"(?:\s+(?:their|its|a)\s+way)?\s+through"
    # "as the fighting spread towards X": the ground's battle moving there.
    r"|(?:fighting|clashes|battles?|combat)\s+(?:(?:has|had)\s+)?spread(?:s|ing)?)"
    # "pushed north toward X": the way the ground forces head, told before where to; "a
    # push north of Y toward X": the place it sets out beside told between.
    r"(?:\s+" + _DIRECTION + r"(?:wards?)?"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?)?"
    r"\s+(?:on|to|towards?|into|in\s+on|closer\s+to)"
    # "preceding the regime's ground advance through X": the way the ground forces went;
    # "ahead of a ground push from the town of X": where they set out from.
    r"|\b(?:advanc\w*|push\w*|(?<!\d\s)march\w*)\s+(?:through|from)"
    # "in preparation for the advance of the army towards X": who advances told between.
    r"|\badvances?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:on|towards?|into)"
    # "tried to storm the valley from the X and Y axes", "to advance from the direction of
    # the hills of X": the ground's way in and its starting ground, an object told between.
    r"|\b(?:advanc\w*|storm\w*)(?:\s+(?:the|its|their)\s+[\w-]+)?\s+from"
    r"(?:\s+the\s+direction\s+of)?"
    # "troops advancing from the X crossroads towards Y", "units pushing from X to Y": the
    # ground's goal told after where it sets out, a few words between.
    r"|\b(?:advanc\w*|push\w*|(?<!\d\s)march\w*)\s+from\s+[^.;:,]{1,50}?\s+(?:to|towards?|into|on)"
    # "after the fighters drove the group out of X", "pushed IS out of the town of X": a side
    # driven from its ground by another (not people driven out by strikes, who fled a place
    # that may have been struck).
    r"|\b(?:drove|driven|drive|drives|driving|pushed|forced|chased|kicked|ousted)\s+"
    r"(?:the\s+)?(?:(?:Islamic\s+State|IS|ISIS|ISIL|Daesh|jihadist|extremist|rebel|regime"
    r"|government)\s+)?(?:group|jihadists|militants|extremists|IS|ISIS|ISIL|Daesh|rebels"
    r"|insurgents|fighters|forces|troops|army)\s+(?:back\s+)?out\s+of"
    r"(?:\s+(?:the\s+)?(?:city|town|village)\s+of)?"
    # "after the liberation of X", "since the fall of X": taken or lost on the ground; "the
    # army's capture on Jan. 26 of X", "the fall last week of X": its day between.
    r"|\b(?:liberation|capture|recapture|seizure|fall|loss)\s+(?:(?:on|in|last|this)\s+"
    r"[\w.]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s+)?of"
    # "helped army units consolidate their hold on the town of Y": ground the troops hold.
    r"|\b(?:consolidat\w*|tighten\w*|strengthen\w*|secur(?:e|es|ed|ing))\s+"
    r"(?:(?:their|its|his|the|a|government|regime|army)\s+){0,2}(?:hold|grip)\s+(?:on|over)"
    # "bombing everything behind the front to stop us reaching Y", "to keep the rebels from
    # taking Y": the ground's goal the strikes are to deny, no place struck.
    r"|\b(?:stop|stops|stopped|stopping|keep|keeps|kept|keeping|prevent|prevents|prevented"
    r"|preventing)\s+(?:us|them|him|the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:from\s+)?"
    r"(?:reaching|taking|entering|storming|advancing\s+on)"
    # "bombed X on Monday, the day the offensive reached Y", "as the army took Y": a ground
    # subject right before the verb, the place its objective ("the jets reached Y" is none).
    r"|\b(?:offensive|advance|army|troops|forces|rebels|insurgents|militants|fighters|militias?)"
    # "the rebels want to threaten X itself": the ground's next objective.
    r"\s+(?:(?:had|has|have)\s+)?(?:reached|took"
    r"|(?:(?:wants?|aims?|hopes?|seeks?)\s+to\s+)?threaten(?:s|ed)?)"
    # "the besieged X" is an adjective of the struck place, not a siege by the ground.
    r"|(?<!\bthe\s)(?<!\ba\s)\b(?:captur\w+|seiz\w+|recaptur\w+|retak\w+|retook|storm\w*"
    r"|overr[au]n\w*|entered|approach(?:ed|ing)"
    r"|besieg\w+|encircl\w+|liberat\w+|clos(?:e|es|ed|ing)\s+in\s+on"
    # "the Kurdish-led forces free X", as partisan copy writes a capture.
    r"|(?-i:free[sd]?|freeing)"
    # "then lost X to a counter-attack": ground given up, not a place struck.
    r"|lost"
    # "Jets bomb villages as regime takes X": a headline's present tense of a capture, the
    # place right after it.
    r"|takes"
    # "Jets pound the countryside as army claims X": a headline's capture, a side of the
    # ground its subject ("the ministry claims X was hit" is a voice).
    r"|\b(?:army|regime|troops|forces|rebels|insurgents|militants|jihadists|fighters|SDF|YPG"
    r"|ISIS|IS|Daesh)\s+(?:re)?claims"
    # "the militants also took the villages of X and Y": a capture, the kind of place after it
    # ("took place", "took the wounded to X" are none).
    r"|took(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:towns?|villages?|city|cities|hills?"
    r"|neighbou?rhoods?|districts?)\s+of\b)"
    r"|(?:took|taken|taking|seized|regained|wrested|tightened)\s+(?:full\s+)?control\s+(?:of|over)"
    # "after it had taken the X airbase": taken on the ground, the object right after.
    r"|\b(?:had|has|have|having)\s+taken"
    # "restored security and stability to the town of X": a state agency's word for a capture.
    # "restored on Friday security and stability to X": the day told between, as translated.
    r"|\brestor\w*\s+(?:(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    # "had 'restored security and stability' to X": the agency's words quoted.
    r"(?:the\s+)?security(?:\s+and\s+(?:the\s+)?stability)?[\"”’']?\s+(?:to|in)"
    # "press an assault on X", "a ground offensive against X"; not an air offensive.
    # "the offensive north of X": the ground's front, located by the place. "a regime
    # offensive in northern X": the ground's area.
    # "held off an assault from the villages of X and Y": where the attackers came from.
    # "the group's assault on Saturday on the neighbourhood of X": its day told between.
    # "launched a ground attack on X from the direction of Y": an attack the ground's own.
    # "reported strikes on X and an advance in Y": the ground's advance, a noun after "an".
    r"|(?<!\bair\s)(?<!\baerial\s)(?<!\bbombing\s)"
    # "launched its ground operation in X": the ground's own, as a ground attack is.
    r"(?:assault|offensive|(?<=\bground\s)(?:attack|operations?)|(?<=\ban\s)advance)\s+"
    r"(?:(?:early\s+|late\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:on|against|into|in"
    r"|from|" + _DIRECTION + r"\s+of)"
    # "opened a new front north of X": a front is located by the place, not struck there.
    r"|\bfront\s+" + _DIRECTION + r"\s+of)"
    # "to tighten the siege of X", "part of the battle for X": what the ground forces fight;
    # "tighten the noose on ISIS terrorists in X", as a state agency writes it.
    r"|\b(?:siege\s+(?:of|on)|battle\s+(?:for|over)"
    # "fighters were massing for an attack on X": the ground's attack still to come.
    r"|(?:mass(?:ed|ing)|gather(?:ed|ing)|prepar(?:ed|ing)|poised|readying|plann(?:ed|ing))"
    r"\s+(?:for\s+)?(?:an?|the|their|its)\s+(?:[\w'’-]+\s+)?(?:attack|assault)\s+(?:on|against)"
    r"|noose\s+(?:on|around)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at))"
    # "captured several farms near X": ground taken beside the place.
    # "the strike took place near X" is no capture.
    r"|\b(?:captur\w+|seiz\w+|recaptur\w+|retak\w+|retook|took|taken)(?!\s+place\b)"
    r"\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:near|around|outside|" + _DIRECTION + r"(?:ern)?\s+of))"
    # "seized on Monday the town of X": the day told before the object, as translated copy
    # often writes it.
    r"(?:\s+(?:(?:early|late)\s+)?(?:on|last|this)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|week|night|morning)(?:\s+(?:morning|night|evening))?)?"
    # "seized more than a third of rebel-held eastern X": a share of the place.
    r"(?:\s+(?:(?:more\s+than|nearly|almost|over|about|at\s+least)\s+)?"
    r"(?:(?:a|one)\s+(?:third|quarter|fifth)|half|two-thirds|three-quarters|most|much|parts?"
    r"|large\s+parts|swathes?)\s+of)?"
    r"\s+(?:the\s+)?(?:(?:strategic|key|nearby|besieged|last|remaining|[\w-]+-held"
    r"|" + _DIRECTION + r"ern)\s+){0,2}"
    # "a push toward the M4 highway at X": the road's stretch at the place is the objective.
    r"(?:[\w-]+\s+(?:highway|motorway|road)\s+at\s+(?:the\s+)?)?"
    # "push into the northern flank of X": a side of the place the ground forces fight for.
    # "broke the siege of the Shiite towns of X": a word of any kind before the towns.
    r"(?:(?:[A-Za-z][\w'’-]*\s+)?(?:towns?|city|cities|villages?|districts?|neighbou?rhoods?"
    r"|areas?|hills?|flanks?"
    # "closed in on the last rebel-held districts of eastern X".
    r"|edges?|outskirts|gates|approaches)\s+of\s+(?:" + _DIRECTION + r"ern\s+)?)?#?$",
    re.IGNORECASE,
)
# "a 48-hour truce announced for X", "the ceasefire in X": a truce named for a place.
_TRUCE_BEFORE_RE = re.compile(
    r"\b(?:truce|cease-?fire|cessation\s+of\s+hostilities|pause|lull|hudna)\b"
    r"(?:\s+[\w-]+){0,2}?\s+(?:for|in|around|over|covering|of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$"
    # "as a pause in the bombing of X held": the strikes on X stopped, none struck there.
    r"|\b(?:pause|lull|halt|suspension)\s+(?:in|of|to)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bombing|bombardment|air\s*strikes|strikes|raids)\s+(?:of|on|in)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_GROUND_MOVE_BEFORE_RE = re.compile(
    r"\b(?:push\w*|advanc\w*|mov(?:ed|ing|es)|(?-i:march)\w*|drove|driving"
    r"|ground\s+(?:offensive|assault|attack)"
    # "fought the group on the ground near X", "clashed with rebels near X": ground fighting.
    # "pressed a ground assault on farms near X": what the assault was on, in two words.
    # "began a push in the countryside north of X": the countryside the push is in.
    r"|on\s+the\s+ground|fought|clash(?:ed|es)|battled"
    # "after the rebels pushed its forces back from the hills west of X": ground given up.
    r"|(?:push\w*|drove|driv\w*|forc\w*)\s+(?:[\w'’-]+\s+){0,3}?back\s+from(?:\s+the)?)"
    r"\s+(?:[\w-]+\s+){0,2}(?:countryside\s+)?$",
    re.IGNORECASE,
)
# "jets struck the militants as they advanced near X": the struck side moving, located by X.
_STRUCK_AS_THEY_BEFORE_RE = re.compile(
    rf"\b(?:{_STRIKE_VERBS})\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){1,2}?as\s+(?:they|it)\s+$",
    re.IGNORECASE,
)
# "delivered strikes on a column of armoured vehicles moving near X", "jets hit a convoy
# driving near X": what the strike hit was on the move, and X locates it there.
_STRUCK_MOVERS_BEFORE_RE = re.compile(
    rf"\b(?:{_STRIKE_VERBS}|(?:air\s*)?(?:strikes?|raids?)\s+(?:on|at|against))\s+"
    r"(?:[\w'’-]+\s+){1,8}?$",
    re.IGNORECASE,
)
_SUBURBS_BEFORE_RE = re.compile(r"\bsuburbs?\s+of\s+(?:the\s+)?#?$", re.IGNORECASE)
# "a convoy 5 km from X", "a few kilometres away from the town of X": a distance from a place.
_DISTANCE_FROM_BEFORE_RE = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten)"
    r"[ \t]*(?:-[ \t]*)?(?:km|kms|kilomet(?:re|er)s?|miles?)[ \t]+(?:away[ \t]+)?from[ \t]+"
    r"(?:the[ \t]+)?(?:(?:city|town|village)[ \t]+of[ \t]+)?#?$",
    re.IGNORECASE,
)
_LAUNCH_BEFORE_RE = re.compile(
    r"(?:\b(?:launch\w*|fired|firing|took\s+off|taking\s+off|takes?\s+off|taken\s+off|flew|flying"
    r"|operat\w+"
    r"|deployed|stationed|(?<![-‑])based|arriv\w+|came|coming|depart\w+|returned"
    # "They come from the X airport, drop their barrels and return": told in the present.
    r"|comes?"
    # "the offensive that began this morning from X", "troops who advanced from X": where a
    # ground push set out from.
    # "a town the troops are approaching from X": where a ground push comes from, as well.
    r"|began|begun|started|set\s+out|advanced|approach(?:ing|ed|es))\b[^.;]{0,40}"
    # "helicopters, flying out of X airport, dropped ...": where they flew from.
    r"\b(?:from|out\s+of)(?:\s+(?:in|at))?"
    # "the missile system, deployed near X, also struck": where the weapon stands, not a target;
    # "aircraft based a few kilometres south of X struck ...": where they stand, by bearing.
    r"|\b(?:deployed|stationed|(?<![-‑])based|positioned)\b[^.;]{0,30}\b(?:in|at|near|outside"
    r"|(?:south|north|east|west)(?:-?(?:east|west))?\s+of)"
    # "Why Russia moved S-400 missiles to X", "has deployed more jets to X": where weapons or
    # aircraft were moved to stand, not a target ("moved jets to bomb X" names the target).
    r"|\b(?:mov(?:e|es|ed)|(?:re)?deploy(?:s|ed|ing)?|shipp(?:ed|ing)|transferr(?:ed|ing))"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:missiles?|systems?|batter(?:y|ies)|jets|aircraft|bombers"
    r"|warplanes|helicopters|air\s+defen[cs]es?)\s+(?:in)?to"
    # "bombers from the air base X", "jets from Hmeimim", "a jet from X airport": where the
    # aircraft came from.
    r"|\b(?:bombers?|jets?|aircraft|planes?|warplanes?|pilots?|helicopters?|sorties|missions?)\b"
    r"[^.;]{0,25}\bfrom"
    # "aircraft on raids towards the X countryside from Y": raids flown towards a goal told
    # before where they set out from (not "raids on positions 5 km from Y").
    r"|\b(?:raids|sorties|missions)\s+(?:towards?|against|over)\b[^.;]{0,45}(?<!\bkm\s)"
    r"(?<!\bmiles\s)\bfrom"
    r"|\bfrom\s+(?:the\s+)?(?:\w+\s+)?(?:air\s*base|airbase|airfield|airport)(?:\s+(?:of|at))?"
    # "took off from Hmeimim airbase in Latakia": the place of the base flown from.
    r"|\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:air\s*base|airbase|airfield|airport)"
    r"\s+(?:in|at|near|outside)"
    # "flying from the X airbase in the regime's coastal heartland of Y": the region of the base
    # flown from, named by what it is to someone before its name.
    r"|\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:air\s*base|airbase|airfield|airport)"
    r"\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}of"
    # "it was from X that the pilots flew": a cleft naming where someone came from.
    r"|\bit\s+(?:was|is|had\s+been|has\s+been)\s+from"
    # A ship's own position, not the targets it hit: no strike word between.
    r"|\b(?:frigate|carrier|warships?|vessels?|fleet|ships?|submarines?)\b"
    r"(?:(?!\b(?:hit|struck|strikes?|striking|targets?|targeted|bombed|destroyed|fired|firing"
    r"|launched|launching)\b)[^.;]){0,45}"
    r"\b(?:in|at|on|from)|\boff\s+the\s+coast\s+(?:at|of|near|from)"
    # "launched sorties from a position about 60 nautical miles west of X": where a ship
    # stood, told by distance and bearing from a coastal place ("positions 5 km west of X",
    # plural and not set out from, are what was struck).
    r"|\bfrom\s+(?:a|its|her|their)\s+position\s+(?:(?:about|some|roughly|around|nearly)\s+)?"
    r"\d[\d,.]{0,6}\s+(?:nautical\s+)?(?:miles?|km|kilomet(?:re|er)s?)\s+(?:off(?:\s+the"
    r"\s+coast\s+of)?|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    # "the naval facility at X": a navy's base, where its ships put in.
    r"|\bnaval\s+(?:facility|base|station|port)\s+(?:in|at|of))"
    # "flying from the X (Y) airbase": a base's other name in brackets after its first.
    r"\s+(?:the\s+)?(?:[\w'’-]{1,20}\s+\(\s*)?#?$",
    re.IGNORECASE,
)
# Where ground forces or rescuers set out from: "a column advancing from X", "civil defence
# teams from X came to help", "a town which the regime has tried to reach from X".
_MOVED_FROM_BEFORE_RE = re.compile(
    r"\b(?:advanc\w*|push\w*|march\w*|mov(?:e|es|ed|ing)|column|convoy|reinforc\w*|to\s+reach"
    r"|teams?|rescuers?|volunteers?|ambulances?|paramedics|medics|crews?)\b[^.;]{0,25}"
    # "troops pushing up from the mountains of X": the high ground they set out from.
    # "pushed out of X and captured Y": the ground they broke out of.
    r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:(?:city|town|village|mountains?|hills?|heights)\s+of\s+)?"
    # "as they move south from X and Y": each place of the list they set out from.
    r"(?:#?[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}(?:,|[ \t]+and)[ \t]+){0,3}#?$"
    # "4,000 fighters thrown into the attack, brought from X and Y": where fighters were
    # drawn from, not where the strikes fell (the wounded "brought from X" came from a strike).
    r"|\b(?:fighters|militants|troops|soldiers|terrorists|jihadists|mercenaries|gunmen)\b"
    r"[^.;]{0,50}?\b(?:brought|sent|transferred|redeployed|bussed|ferried|drawn|pulled)\s+"
    r"(?:in\s+|over\s+|up\s+)?from\s+(?:the\s+)?(?:(?:city|town|provinces?)\s+of\s+)?"
    r"(?:#?[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}(?:,|[ \t]+and)[ \t]+){0,3}#?$"
    # "a truck carrying 900 food baskets from the X crossing": where the load set out from.
    r"|\b(?:trucks?|lorr(?:y|ies)|tankers?|vehicles?|buses|vans?)\s+(?:carrying|loaded\s+with"
    r"|bringing|transporting)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?"
    r"(?:(?:city|town|village|border\s+crossing|crossing)\s+of\s+)?#?$"
    # "the convoy of N trucks had set out from the warehouse in X": where a convoy left from,
    # its depot or crossing named before the place, not where it was hit.
    r"|\b(?:convoys?|columns?|trucks|lorries)\b[^.;]{0,40}?\b(?:set\s+out|departed|left"
    r"|set\s+off|started\s+out)\s+from\s+(?:the\s+)?(?:(?:warehouses?|depots?|stores|hub"
    r"|base|border\s+crossing|crossing|city|town)\s+(?:in|at|of)\s+)?#?$",
    re.IGNORECASE,
)
# "The rockets came from areas near the village of X", "shells fired from positions around
# X": where ground fire was launched from, told after the fire, not a place struck.
_FIRE_CAME_FROM_BEFORE_RE = re.compile(
    r"\b(?:rockets?|missiles?|shells?|mortars?|mortar\s+rounds|projectiles?)\s+"
    r"(?:(?:had\s+been|have\s+been|were|was|reportedly|had|have|all)\s+){0,2}"
    r"(?:came|come|comes|fired|launched)\s+from\s+"
    # the ground they came from, up to the word locating it; no strike word on the way
    # ("missiles fired from warships hit X" names the struck place).
    r"(?:(?:(?!(?:hit|hits|struck|strik\w*|targets?|targeted|bombed|at|on|into)\b)[\w'’-]+\s+)"
    r"{0,4}?(?:near|around|outside)\s+)?(?:the\s+)?(?:(?:city|town|village|area)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "officers who defected from the X air base": where a man served, not a struck place.
_DEFECTED_FROM_BEFORE_RE = re.compile(
    r"\b(?:defect(?:ed|ing|ors?|ions?)|desert(?:ed|ing|ers?))\s+(?:[\w'’-]+\s+){0,2}?"
    r"from\s+(?:the\s+)?#?$",
    re.IGNORECASE,
)
_WITNESSES = alternation(load("people")["witnesses"]["nouns"])
# "a shopkeeper from X who was in the market", "he said by telephone from nearby X", "the
# group's spokesman, speaking from X", "killing two men, one of them from X", "a commander of a
# rebel brigade from X" (the unit named between the person and his place).
_FROM_BEFORE_RE = re.compile(
    r"\b"
    + alternation(
        load("people")["witnesses"]["nouns"]
        + load("people")["witnesses"]["counted"]
        + load("people")["witnesses"]["victims"]
    )
    + r",?\s+(?:of\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?"
    + r"(?:brigade|battalion|faction|group|unit|militia)s?\s+|(?:[\w'’-]+\s+){0,2}?)"
    + r"from\s+(?:the\s+)?"
    + r"(?:"
    + alternation(load("people")["witnesses"]["near_words"])
    + r"\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "speaking by phone from X, just across the provincial line in Y,": the place after the
# speaker's place, set off by commas, tells where that place lies.
_SPEAKER_FROM_LOCATED_BEFORE_RE = re.compile(
    r"\b(?:speaking|phone|telephone|Skype|WhatsApp)\b[^.;,]{0,30}?\bfrom\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:in|of)\s+(?:the\s+)?(?:(?:city|town|village|province)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "the local director, A B, who is from X": a person's home town, told after the name; so is
# "a commander who hailed from the town of X", whatever the tense or number of the verb.
_WHO_IS_FROM_BEFORE_RE = re.compile(
    r"\bwho\s+(?:is|was|are|were|comes?|came|hails?|hailed)\s+(?:originally\s+)?from\s+"
    r"(?:the\s+)?"
    r"(?:(?:nearby|neighbouring|neighboring)\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "... as X comes under rebel shelling": a place the ground's fire reaches, told as the subject
# of "come under", is not struck by the strike the sentence tells (unless aircraft are named
# beside the shelling or as its source: "came under shelling and air strikes", "came under
# shelling from helicopters").
_UNDER_GROUND_FIRE_AFTER_RE = re.compile(
    r"\s+(?:(?:neighbou?rhood|district|village|town|city|camp)\s+)?(?:(?:comes|come|came|coming"
    r"|has\s+come|had\s+come|is|was|were|remains|remained)\s+)under\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:shelling|artillery(?:\s+fire)?|mortar\s+fire|rocket\s+fire|sniper\s+fire)\b"
    r"(?!\s+and\s+(?:[\w'’-]+\s+)?(?:air|aerial|barrel|bombard|raids|strikes|warplanes))"
    r"(?!\s+(?:from|by)\s+(?:[\w'’-]+\s+){0,2}?(?:helicopters|warplanes|jets|aircraft|planes"
    r"|air))",
    re.IGNORECASE,
)
# "a commander of the X brigade, speaking from Y, said ...": where a voice speaks from, set off
# by a comma after the voice whatever it is named, not a struck place.
_SPEAKING_FROM_BEFORE_RE = re.compile(
    r"[,(—–]\s*(?:speaking|talking|who\s+spoke|reached|interviewed)\s+"
    r"(?:(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone\s+)?from\s+(?:the\s+)?"
    r"(?:(?:besieged|rebel-held|nearby|neighbouring|neighboring)\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "attacked the village of X from Y", "shelled X from Y": where the ground's fire came from;
# "launched an attack on the city's west from the area of X and Y": the area it set out from.
_ATTACKED_FROM_BEFORE_RE = re.compile(
    r"\b(?:attack(?:ed|ing|s)?|shell(?:ed|ing|s)?|stormed|assault(?:ed|ing)?)\s+"
    r"(?:[\w'’-]+\s+){1,6}?from\s+(?:the\s+)?"
    r"(?:(?:city|town|village|area|areas|direction|outskirts)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "A clip captioned as a strike on X was in fact filmed in Y", "footage shared as a strike on X
# turned out to be from Y": the place a caption gave, which the same sentence shows to be
# wrong, is no struck place.
_CAPTIONED_AS_BEFORE_RE = re.compile(
    r"\b(?:captioned|labell?ed|billed|shared|posted|circulated|described|presented|passed\s+off)"
    r"\s+as\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:on|in|at|of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Channels captioned all of them 'Jets bombing of X'. None of them is X.": a caption quoted
# with no "as", and its place denied by the next sentence.
_CAPTIONED_QUOTE_BEFORE_RE = re.compile(
    r"\bcaptioned(?:\s+(?:it|them|all\s+of\s+them|both\s+of\s+them))?\s+[\"“']"
    r"(?:[\w'’-]+\s+){0,3}?(?:on|in|at|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CAPTION_DENIED_NEXT_RE = re.compile(
    r"[\"”']?\.\s+(?:None|Neither|Not\s+one)\s+of\s+(?:them|these|those|the\s+\w+)\s+"
    r"(?:is|was|are|were)\b"
)
_CAPTION_WRONG_AFTER_RE = re.compile(
    r"[^.;]{0,120}?\b(?:(?i:in\s+fact|actually|in\s+reality|turned\s+out|proved|(?:was|is)\s+not"
    r"|(?:was|is)n['’]t)|NOT)\b"
)
# "Activists from X reported a strike on a fuel station there", "... bombed the districts of
# the city": the speakers' own place, which their words tell struck, as "Activists in X said"
# does. So does "a man from X, now living abroad, said jets hit the town": an aside may come
# between, and the town may be what was hit.
_FROM_SPEAKS_OF_THERE_AFTER_RE = re.compile(
    r"(?:\s*,\s+[^,.;:\n]{3,60},)?,?\s+(?:say|says|said|report|reports|reported|told"
    # "His sister called from X to say jets had hit the town": a call or a message from
    # the place says what the speaker's words tell.
    r"|to\s+say|saying)\b"
    r"[^.;]{0,80}?"
    # "... bombed the northern neighbourhoods of the city".
    r"\b(?:there|(?:in|of|on)\s+the\s+(?:town|village|city)"
    rf"|(?:{_STRIKE_VERBS})\s+the\s+(?:town|village|city)(?!\s+of\b)"
    r"|the\s+(?:town|village|city)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    rf"(?:{_STRIKE_VERBS}))\b",
    re.IGNORECASE,
)
# "Residents from X tell a paper that jets hit the town's market": a part of their own town,
# when the speakers open the sentence ("a volunteer from the nearby town of X told us the
# jets hit the town's silos" speaks of the town the report is about).
_FROM_SPEAKS_OF_TOWN_PART_AFTER_RE = re.compile(
    r"\s+(?:say|says|said|report|reports|reported|tell|tells|told)\b[^.;]{0,80}?"
    r"\bthe\s+(?:town|village|city)['’]s\s",
    re.IGNORECASE,
)
_SPEAKERS_FROM_OPENING_RE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?" + _WITNESSES + r"\s+from\s+#?$", re.IGNORECASE
)
# "In X, the foreign minister said ...": a government's voice, speaking where the sentence
# opens; X is the seat it speaks from, whatever strikes it tells of.
_IN_OPENING_RE = re.compile(r"\s*In\s+(?:the\s+(?:capital|city)\s+)?")
_OFFICIALDOM_SPEAKS_AFTER_RE = re.compile(
    r",[ \t]+(?:the[ \t]+|a[ \t]+|its[ \t]+|his[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,2}?"
    r"(?:(?:(?:senior|top|foreign|defen[cs]e|information|interior|deputy|prime)[ \t]+){0,2}"
    r"minister|president|envoy|ambassador|embassy|diplomats?|parliament|presidency"
    r"|(?:government|foreign[ \t]+ministry|presidential)[ \t]+spokes(?:man|woman|person))\b"
    r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:said|says|told|stated|announced|insisted|warned"
    r"|claimed|vowed|declared)\b(?![ \t]*,)",
    re.IGNORECASE,
)
# "Protesters in X held banners denouncing the raids": people who protest, opening the
# sentence, named by where they protest; what they do after the place is their protest.
_PROTESTERS_IN_OPENING_RE = re.compile(
    r"\s*(?:(?:hundreds|dozens|thousands|scores)\s+of\s+)?(?:[\w'’-]+\s+)?"
    r"(?:protesters|protestors|demonstrators|marchers)\s+(?:in|at)\s+"
    r"(?:the\s+(?:[\w-]+-held\s+)?(?:town|city|village)\s+of\s+)?",
    re.IGNORECASE,
)
_PROTEST_DEED_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:also|again|later)[ \t]+)?(?:held|hold|carried|carry|waved|wave|chanted|chant"
    r"|marched|march|rallied|rally|gathered|gather|took[ \t]+to|denounced|condemned"
    r"|protested)\b",
    re.IGNORECASE,
)
# "showed video of the bombardment from a position near X": where a camera filmed the
# strikes from, not where they fell.
_FILMED_FROM_BEFORE_RE = re.compile(
    r"\b(?:videos?|clips?|footage|film(?:ed|ing)?|images?|pictures?|photos?|photographs?|camera"
    # "Smoke rises from X after airstrikes, seen from rebel positions near Y": where the
    # smoke was watched from, as where it was filmed from.
    r"|seen|watched|visible)\b"
    # "Video from X shows strikes on the town" comes from the struck place: only a vantage
    # point set by a word of place ("a hill near", "outside") is elsewhere. An aside may
    # come between ("a clip, posted as the raid, from a hill near Y").
    r"(?:,?\s+[\w'’-]+){0,6}?,?\s+from\s+(?:(?:(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:positions?|hills?|hilltop|rooftops?|roofs?|point|vantage\s+point)\s+"
    r"(?:(?:near|in|at|outside|above|overlooking)\s+)?)"
    r"|(?:near|outside|above|overlooking)\s+)(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Smoke rises over X, seen from the neighbouring village of Y", a caption's "as seen from Y":
# a verb of watching right before "from" sets a vantage point whatever place follows, where
# "video from Y" may come from the struck place.
_SEEN_FROM_BEFORE_RE = re.compile(
    r"\b(?:seen|watched|viewed|photographed|pictured)\s+from\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:city|town|village|district|neighbou?rhood)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "while we were filming in X, jets hit Y": where the speaker was, busy at his own work,
# not where the strike fell; "I was in X to take a wounded boy to the hospital": where
# he went on an errand of his own.
_SPEAKER_BUSY_IN_BEFORE_RE = re.compile(
    r"\bwhile\s+(?:I|we)\s+(?:was|were)\s+[a-z]+ing\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$"
)
_SPEAKER_WAS_IN_BEFORE_RE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:was|were)\s+(?:still\s+|already\s+|just\s+)?in\s+$"
)
# "I was in X when they hit Y": where the speaker was when a strike fell on another place
# named right after its verb.
_STRUCK_ELSEWHERE_AFTER_RE = re.compile(
    rf"\s*,?\s+(?:when|as)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_STRIKE_VERBS})"
    r"\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z]"
)
_ERRAND_AFTER_RE = re.compile(
    r"\s+to\s+(?:take|bring|carry|drive|fetch|collect|deliver|visit|see)\s+"
    r"(?:a|an|the|my|our|his|her|some)\b"
)


def _speaker_was_in(text: str, before: str, end: int) -> bool:
    """Say whether the place is where a first-person speaker was, busy or elsewhere than a strike.

    At work or on an errand there, or there when a strike fell on another named place.
    """
    if _SPEAKER_BUSY_IN_BEFORE_RE.search(before):
        return True
    return bool(
        _SPEAKER_WAS_IN_BEFORE_RE.search(before)
        and (
            _ERRAND_AFTER_RE.match(text, end, end + 40)
            or _STRUCK_ELSEWHERE_AFTER_RE.match(text, end, end + 60)
        )
    )


# "a rebel attack on regime positions at X": the ground's attack on the place, not a strike;
# so is "an Islamic State attack on the X heights", the place itself attacked.
_GROUND_SIDE_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:rebel|insurgent|opposition|militant|jihadist|Islamic\s+State|ISIS|ISIL|Daesh)s?\s+"
    r"(?:attacks?|assaults?|counter-?attacks?)\s+(?:on|against)\s+"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:positions?|posts?|checkpoints?|lines?)\s+(?:at|in|near)\s+)?"
    r"(?:the\s+)?(?:(?:town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "A spokesman in X said": a spokesman named by his seat alone, no group's or place's own.
_BARE_SPOKESMAN_IN_BEFORE_RE = re.compile(r"\b[Aa]n?\s+spokes(?:man|woman|person)\s+in\s+#?$")
# "A government official in X, who asked not to be named, denied that ...": the seat of an
# official of the government (or its army or security) named by place alone, who speaks for
# the government, not for the place.
_SEATED_OFFICIAL_BEFORE_RE = re.compile(
    r"\b[Aa]n?\s+(?:senior\s+)?(?:government|military|army|security|regime)\s+"
    r"(?:official|source|officer)\s+in\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?#?$"
)
# "a bakery on the edge of the town, which lies on the river about 15 km south-east of X": a
# relative clause telling where the place told before lies; X only locates it.
_WHICH_LIES_BEFORE_RE = re.compile(
    r",\s+which\s+(?:lies|sits|stands|is\s+(?:located|situated))\b[^,.;:]{0,60}?"
    r"\b\d+\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:" + _DIRECTION + r"\s+of|from)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "the strikes were coordinated with the army, which is fighting rebels around X and in the Y
# plain", "the Z alliance, which holds X city since March, is the main target": a relative
# clause telling where a side fights or what it holds, in the present or perfect, places that
# side on the ground; X and Y are no struck places.
_WHICH_HOLDS_OR_FIGHTS_BEFORE_RE = re.compile(
    r",\s+which\s+(?:(?:is|are|has\s+been|have\s+been)\s+(?:fighting|battling)\b"
    r"[^,.;:()]{0,60}?\b(?:around|near|in|outside|for)"
    r"|(?:holds|controls|has\s+held|has\s+controlled|have\s+held|hold|control))\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "The ministry has named X and Y as the group's strongholds", "calls X the ISIS capital",
# "called Y an ISIS stronghold": a place a speaker gives a name of what it is to a side
# (a stronghold, a capital) is told as held, not as struck. The verb of naming stands
# right before the place, or before the first place of a list the place closes.
_NAMED_AS_BEFORE_RE = re.compile(
    r"\b(?:named|names|called|calls|described|describes|branded|brands|labell?ed|labell?s"
    r"|designated|designates)\s+(?:#?[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and)\s+){0,3}#?$",
    re.IGNORECASE,
)
_NAMED_AS_AFTER_RE = re.compile(
    r"(?:\s*(?:,|and)\s+[\w'’-]+(?:\s+[\w'’-]+)?){0,3}?\s+(?:as\s+)?(?:an?|the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:strongholds?|capital|bastions?|heartland)\b",
    re.IGNORECASE,
)
# "Isis holds Raqqa and Palmyra, far to the east of the places bombed today", "the Islamic
# State group controls the city of X": a side named as the subject of a verb of holding tells
# what it holds, the place right after the verb or a list the place closes; no strike there.
_HOLDERS = load("holders")
_SIDE_HOLDS_BEFORE_RE = re.compile(
    r"\b(?:the\s+)?(?:"
    + "|".join(alternation(v) for v in _HOLDERS["factions"].values())
    + r")(?:\s+(?:group|militants|fighters|forces|jihadists))?\s+"
    + alternation(_HOLDERS["hold_verbs"])
    + r"\s+(?:(?:the\s+)?(?:cities|towns|city|town)\s+of\s+)?"
    r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|,?\s+and)\s+){0,3}$",
    re.IGNORECASE,
)
# "IS still holds the town of X further east, which Syrian jets bombed late on Saturday": a
# relative clause on the place held may tell a strike there; the other rules read it.
_RELATIVE_AFTER_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}?,\s+(?:which|where)\b")
_CONJUNCTION = r"(?:and|but|or|while|as|so|yet|then|which|that)\b"
# "whose strongholds in X and Y the Russian jets have not touched", "X, which the aircraft
# have yet to reach": the place, or a list it opens, is the fronted object of a strike verb
# its subject has not done; no strike fell there.
# "the pumping station stopped supplying the capital X with water": the place a supply
# reaches, no struck place.
_SUPPLIED_PLACE_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(load('triggers')['supplied_place_verbs'])})\s+(?:the\s+)?"
    r"(?:(?:capital|city|town|village|villages|area)\s+(?:of\s+)?)?#?$",
    re.IGNORECASE,
)
_UNREACHED_AFTER_RE = re.compile(
    r"(?:\s*(?:,|,?\s+and)\s+(?!" + _CONJUNCTION + r")[\w'’-]+(?:\s+[\w'’-]+)?){0,3}?"
    r"(?:,?\s+(?:which|that))?\s+"
    r"(?:the\s+)?(?:(?!"
    + _CONJUNCTION
    + r")[\w'’-]+\s+){0,2}?"
    + alternation(load("triggers")["aircraft_subjects"])
    + r"\s+(?:(?:have|has|had|did)\s*(?:not|n['’]t|never)|(?:have|has)\s+yet\s+to)\s+"
    + alternation(load("triggers")["unreached_verbs"])
    + r"\b",
    re.IGNORECASE,
)
# "X, a village that lies between the front lines and the ruins of old Y city", "X, which
# sits between Y and Z": a relative clause telling where the place told before lies
# between two others; they only locate it.
_LIES_BETWEEN_BEFORE_RE = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|hamlet|district"
    r"|neighbou?rhood|area|camp)\s+(?:that|which)|which)\s+(?:lies|sits|stands"
    r"|is\s+(?:located|situated))\s+(?:[\w'’-]+\s+){0,2}?between\b[^,.;:()]{0,90}?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "X, which was hit on Monday, is 10 km south of Y", "X lies some 30 km from Y": a place
# told where it lies by a distance from another; Y only locates it.
_LIES_DISTANCE_BEFORE_RE = re.compile(
    r"\b(?:is|lies|sits|stands)\s+(?:located\s+|situated\s+)?[^,.;:]{0,30}?"
    r"\b\d+\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\(\d+\s*(?:km|miles)\)\s+)?"
    r"(?:" + _DIRECTION + r"\s+of|from)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "A warplane crashed near X", "a helicopter was shot down over X", "rebels shot down a
# jet outside X": where an aircraft came down is no place it struck.
_DOWNED_BEFORE_RE = re.compile(
    r"\b(?:crash(?:ed|es)|crash-landed|came\s+down|went\s+down|(?:(?:was|were|been|being)\s+)?"
    r"(?:shot|brought)\s+down(?:\s+(?:an?|the|its|one|two)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:jets?|planes?|aircraft|warplanes?|helicopters?|drones?|bombers?|fighters?))?"
    r"|(?:was|were|been)\s+downed)"
    r"\s+(?:in|near|over|outside|close\s+to|at|(?:[\w-]+\s+){0,2}?" + _DIRECTION + r"\s+of)"
    r"\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|area)\s+of\s+)?(?:[\w-]+-held\s+)?#?$",
    re.IGNORECASE,
)
# "According to a military source in X, the jets ...": the same seat, told before the claim.
_ACCORDING_TO_SEATED_BEFORE_RE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:a|an|the)\s+(?:senior\s+)?(?:government|military|army|security"
    r"|regime)\s+(?:officials?|sources?|officers?)\s+in\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?#?$"
)
_ACCORDING_TO_SEATED_AFTER_RE = re.compile(r"(?:\s+(?:city|province|governorate|countryside))?\s*,")
_SEATED_OFFICIAL_AFTER_RE = re.compile(
    r"(?:\s*,\s+who\s+[^,.;:\n]{3,60},)?\s+(?:said|says|told|denied|denies|added|claimed)\b"
)
# "A doctor from X, now in Y, said": where a person from a town lives since, not a place
# struck.
_NOW_LIVING_IN_BEFORE_RE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:town|village|city|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}),\s+"
    r"(?:who\s+(?:is|was)\s+)?now\s+"
    r"(?:(?:living|based|sheltering|displaced|staying|settled)\s+)?in\s+(?:the\s+)?$"
)
# "Activists in X say jets have hit Y", "Rescuers in the eastern X say": where the speakers are;
# so is "Rescuers of the Civil Defence in X say": the speakers' body named between.
_SPEAKERS_IN_BEFORE_RE = re.compile(
    r"\b"
    + _WITNESSES
    # "A rescue worker with the Civil Defence in X said": the body they work for between.
    + r"(?:\s+(?:of|with|from|for)\s+the(?:\s+[\w'’-]+){1,4}?)?"
    + r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Residents of X said the town was hit": the place's own people, as "residents in X".
_PEOPLE_OF_BEFORE_RE = re.compile(
    r"\b" + alternation(load("people")["witnesses"]["of_nouns"]) + r"\s+of\s+(?:the\s+)?#?$",
    re.IGNORECASE,
)
# "A X activist said", "said a X doctor", "two X residents were among the dead": the place
# names whom the people belong to, written before them as a noun's modifier (one lowercase
# word may come between: "a X rebel commander", "an X hospital worker").
_PEOPLE_NAMED_FOR_BEFORE_RE = re.compile(
    r"\b(?:an?|the|one|two|three|four|five|six|several|some|many)\s+#?$", re.IGNORECASE
)
_PEOPLE_NAMED_FOR_AFTER_RE = re.compile(
    r"(?:-based)?\s+(?:(?-i:[a-z])[\w-]*\s+)?" + _WITNESSES + r"\b", re.IGNORECASE
)
_SAY_AFTER_RE = re.compile(
    r"^(?:\s+(?:city|town|village|plain|area))?"
    # "Activists in the X plain north of Y reported": the people of the place located.
    r"(?:\s+(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of|near)"
    r"\s+(?:the\s+)?[A-Z][\w'’-]*)?"
    # "The local council of X, in the Y region of rural Z, said": the place located between.
    r"(?:\s*,\s+in\s+[^,.;:\n]{3,60},)?"
    r"\s*,?\s+(?:say|says|said|report|reports|reported"
    r"|told|tell)\b",
    re.IGNORECASE,
)
# "an attack hit a school sheltering displaced families in X": the shelter struck is in X, the
# second of the verb's objects as much ("hit a hospital in Y and a school sheltering ... in X").
_SHELTER_STRUCK_BEFORE_RE = re.compile(
    rf"\b(?:{_STRIKE_VERBS})\s+(?:[^.;]{{1,60}}?\s+and\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{1,2}}?"
    r"(?:sheltering|housing|hosting)\s+(?:[\w-]+\s+)?(?:displaced|refugees?)\b[^.;]{0,25}"
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "the army responded by targeting the sources of fire in X": where the other side fired
# from, answered on the ground; no aircraft named before it in the sentence.
_FIRE_SOURCES_BEFORE_RE = re.compile(
    r"\bsources?\s+of\s+(?:the\s+)?(?:fire|shelling|rockets?|mortars?|launch\w*)\s+"
    r"(?:in|at|from|on)\s+(?:the\s+)?(?:(?:city|town|village|district|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)
_AIR_BEFORE_RE = re.compile(
    r"\b(?:jets?|warplanes?|aircraft|air\s*force|helicopters?|planes?|air\s*strikes?|airstrikes?"
    r"|raids?|sorties|bombers?|drones?)\b",
    re.IGNORECASE,
)
# "a school sheltering displaced families in X was hit at dawn": the shelter, the subject of a
# passive strike verb after its place, was struck in X.
_SHELTER_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){1,2}?(?:sheltering|housing|hosting)\s+(?:[\w-]+\s+)?"
    r"(?:displaced|refugees?)\b[^.;,]{0,25}\b(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_STRUCK_AFTER_RE = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:hit|struck|bombed|targeted"
    r"|destroyed|raided)\b",
    re.IGNORECASE,
)
# "killed in an air strike on a meeting in X", "a raid that hit a gathering of commanders at
# X": the meeting was the target, so its place is the place struck; so is a funeral's.
_MEETING_STRUCK_BEFORE_RE = re.compile(
    r"\b(?:(?:air\s*)?strikes?|raids?|bombing|bombardment|missiles?)\s+(?:on|against|targeting"
    r"|(?:that|which)\s+(?:hit|struck|targeted))\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:meeting|gathering|funeral|burial)\b[^.;,]{0,40}?\b(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$"
    # "Jets struck mourners attending a funeral in X": the mourners struck were at X.
    rf"|\b(?:{_STRIKE_VERBS})\s+(?:[\w'’-]+\s+){{0,3}}?(?:attending|at)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+)?(?:funeral|burial)s?\b[^.;,]{0,40}?\b(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "struck a truck carrying goods in X": a vehicle's load "in X" is where the vehicle was hit,
# not where the load was going ("a column carrying ammunition to X").
_VEHICLE_LOAD_IN_BEFORE_RE = re.compile(
    r"\b(?:trucks?|lorr(?:y|ies)|vans?|vehicles?|cars?|buses|tankers?|pick-?ups?|minibus(?:es)?)"
    r"\s+(?:carrying|transporting)\s+(?:[\w'’-]+\s+){1,4}?(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "hit ... the homes of displaced families in X": the dwellings struck are in X, wherever the
# families came from.
_DWELLINGS_OF_DISPLACED_BEFORE_RE = re.compile(
    r"\b(?:homes|houses|tents|shelters)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:displaced|refugee)\s+(?:famil(?:y|ies)|people|persons|residents)\s+"
    r"(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "The families displaced from the bombed villages are now sheltering in X's school and the
# mosques of Y": where the displaced stay, told after where they fled from, no struck place;
# so is where evacuated families were housed ("families evacuated to A were housed in Y").
_DISPLACED_SHELTERING_BEFORE_RE = re.compile(
    r"\b(?:displaced|evacuated)\b[^.;]{0,60}?"
    r"\b(?:sheltering|staying|taking\s+refuge|living|housed|lodged)\s+(?:in|at)\b"
    r"(?:[^.;]{0,40}?\b(?:in|of|at|and))?\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "... sheltering in a school in X were killed when jets bombed it": the shelter struck after all.
_HIT_THERE_AFTER_RE = re.compile(
    r"[^.;]{0,70}?\b(?:killed|wounded|injured|struck|hit|bombed|targeted|shelled)\b", re.IGNORECASE
)
# "as rebel fighters backed by Turkey took the town of X": a place fighters take on the ground
# ("took" is also a launch word, "took off from X", so it has a pattern of its own).
_FIGHTERS_TOOK_BEFORE_RE = re.compile(
    r"\b(?:fighters|forces|troops|rebels)\b[^.;:,]{0,40}?\btook\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "the army, 'with Russian air cover', had consolidated its positions in the village of X":
# a hold made firm on the ground, whatever cover the air gave it, is no strike on X (aircraft
# hold no positions, so the verb needs no subject named).
_HOLD_MADE_FIRM_BEFORE_RE = re.compile(
    r"\b(?:consolidat(?:ed|es|ing)|fortif(?:ied|ies|ying)|strengthen(?:ed|s|ing))\s+"
    r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:positions|control|grip|hold|lines)\s+"
    r"(?:in|on|over|around|at)\s+(?:the\s+)?(?:(?:city|town|village|hill|area)\s+of\s+)?$",
    re.IGNORECASE,
)
_HOLD_WORDS = ("onsolidat", "ortif", "trengthen")
# "as the army pushed to seal off pockets of insurgents in X", "as insurgents pressed an
# offensive that has brought them within a few kilometers of X": ground forces pressing on
# in a clause set beside the strike; its places are the ground's (see _in_push_clause).
_PUSH_CLAUSE_BEFORE_RE = re.compile(
    r"\b(?:as|while)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    # "as a government column advanced along the road towards X": a formation of the ground
    # (a column, a convoy, reinforcements) presses on as forces do.
    rf"(?:{_GROUND_SIDES}|army|forces|fighters|{alternation(load('triggers')['push_subjects'])})\s+"
    rf"(?:{alternation(load('triggers')['push_verbs'])})\b"
    # "..., and on 28 October a hospital in X was destroyed": a clause joined after it with
    # a time of its own is a happening of its own, past the pushing.
    r"(?:(?!,\s+(?:and|but|while)\s+(?:on\s+(?:the\s+)?(?:\d|(?-i:[A-Z])[a-z]+\b)"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b))"
    r"[^.;:!?]){0,120}$",
    re.IGNORECASE,
)
_PUSH_CLAUSE_WORDS = (" as ", " while ")
# ", where government forces are trying to widen the corridor they opened to X": a relative
# clause after the struck places telling what the ground forces do there; its places are the
# ground's goal, not struck (see _in_push_clause). So is one on a side the strikes support,
# telling what its fighters did (", whose fighters crossed the river at X and cut the road
# to Y").
_WHERE_GROUND_CLAUSE_BEFORE_RE = re.compile(
    r",\s+(?:where|whose)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_GROUND_SIDES}|army|forces|fighters)\s+"
    r"(?:(?:are|were|is|was|have|has|had)\s+(?:been\s+)?)?"
    r"(?:(?:trying|seeking|attempting|struggling)\s+to\s+)?"
    rf"(?:{alternation(load('triggers')['push_verbs'])}|widen(?:ed|ing)?|open(?:ed|ing)?"
    r"|cut(?:ting)?|seal(?:ed|ing)?|secur(?:e|ed|ing)|encircl(?:e|ed|ing)|besieg(?:e|ed|ing)"
    r"|reach(?:ed|ing)?|break(?:ing)?|broke|cross(?:ed|ing)?)\b[^.;:!?]{0,120}$",
    re.IGNORECASE,
)
# "..., and the Turkish Armed Forces shelled positions around X in return": ground forces
# shelling in a clause of their own beside the strike; its places are the ground's.
# "... while Russian jets bombed civilians and the army besieged towns near X": so too a siege.
# "... bombed its positions in X and that its fighters had destroyed four tanks near Y": the
# ground's own fire, told after the strike as the speaker's second claim.
_SHELLING_CLAUSE_BEFORE_RE = re.compile(
    r"(?:(?:,\s+|\s)(?:and|while|as)|\band\s+that)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    # Not "the Russian and Syrian air forces destroyed ...": forces of the air strike.
    r"(?<![Aa]ir\s)"
    rf"(?:{_GROUND_SIDES}|army|forces|armed\s+forces"
    r"|fighters)\s+(?:also\s+)?(?:(?:had|has|have)\s+)?"
    r"(?P<verb>shell(?:ed|s|ing)|besieg(?:ed|es|ing)|encircl(?:ed|es|ing)|destroyed)\b"
    r"[^.;:!?]{0,100}$",
    re.IGNORECASE,
)
# "an ammunition depot in X, which militants had used to supply their units defending Y": a
# relative clause telling what an armed group did with the struck place; its places are the
# ground's, not struck. So in the passive: ", which had been used by the militants to supply Y".
_USE_CLAUSE_SIDES = rf"(?:{_GROUND_SIDES}|{alternation(load('triggers')['use_clause_subjects'])})"
_USE_CLAUSE_BEFORE_RE = re.compile(
    r",\s+which\s+(?:"
    rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{_USE_CLAUSE_SIDES}\s+"
    r"(?:(?:had|has|have)\s+)?(?:long\s+)?"
    rf"(?:{alternation(load('triggers')['use_verbs'])})"
    r"|(?:(?:had|has|have)\s+been|was|were|is|are)\s+(?:long\s+)?"
    rf"(?:{alternation(load('triggers')['use_verbs'])})\s+by\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_USE_CLAUSE_SIDES}"
    r")\b[^.;:!?,]{0,140}$",
    re.IGNORECASE,
)
# "destroying two rocket launchers used to target residential neighbourhoods in X": what the
# ground's weapons struck was aimed at, not a place the strike fell on.
_GROUND_WEAPON_USED_BEFORE_RE = re.compile(
    r"\b(?:launchers?|rockets?|mortars?|cannons?|artillery|guns?|howitzers?)\s+(?:(?:that|which)\s+"
    r"(?:were|was|had\s+been)\s+)?used\s+(?:to|for)\s+(?:target|shell|bomb|attack|hit|fire)\w*"
    r"\b[^.;:!?]{0,60}?\b(?:in|on|at)\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "positions near X, from which the shelling of Y had been carried out": a relative clause
# telling the ground fire the struck place was a base for; its target was shelled, not struck.
_SHELLED_FROM_CLAUSE_BEFORE_RE = re.compile(
    r",\s+(?:from\s+(?:which|where)|whence)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:shelling|bombardment|rocket\s+fire|mortar\s+fire)\s+(?:of|on)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlements?|neighbou?rhoods?)\s+of\s+)?$",
    re.IGNORECASE,
)
# "representatives of groups fighting near X and Y had passed on the coordinates of targets":
# where people the sentence names are fighting locates them, not a strike. Only with no strike
# word before them in the sentence: "jets struck rebels fighting near X" hits them there. A
# ministry names them as it names its targets' users ("a depot used to supply militants
# fighting near X was destroyed").
_FIGHTING_BEFORE_RE = re.compile(
    r"(?:\b(?:groups|units|factions|fighters|rebels|brigades|forces|troops|militants|insurgents"
    r"|jihadists|terrorists)\s+fighting\s+"
    # "the fighting has come back to the southern countryside, around X and Y, and we have
    # reports of air strikes on Z": where the fighting went places the ground's battle.
    r"|\bthe\s+fighting\s+(?:has|have|had)\s+(?:now\s+)?(?:come\s+back|returned|moved|shifted"
    r"|spread)\s+to\b[^.;:!?]{0,60}?\b)"
    r"(?:near|in|around|outside)\s+(?:[\w'’-]+,?\s+){0,4}$",
    re.IGNORECASE,
)
#: Words one of which a ground clause of _SHELLING_CLAUSE_BEFORE_RE holds.
_GROUND_FIRE_WORDS = (" shell", " destroyed", " besieg", " encircl")
# ", the same day on which the regime forces bombed a school in X with shells": ground forces
# striking with ground weapons in a clause of their own; its places are the ground's.
_GROUND_FIRE_CLAUSE_BEFORE_RE = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,4}?(?:and|while|as|when|on\s+which|in\s+which|where)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?<![Aa]ir\s)"
    rf"(?:{_GROUND_SIDES}|army|forces|armed\s+forces)\s+"
    r"(?:also\s+)?(?P<verb>bombed|targeted|hit|pounded|struck)\b[^.;:!?]{0,100}$",
    re.IGNORECASE,
)
# "Earlier, terrorists targeted X with 5 rocket shells": the state's word for the armed
# opposition, firing from the ground (never said of aircraft), as the subject of the verb;
# a headline writes the verb in the present ("Terrorists target X with rocket shells").
_TERRORISTS_FIRE_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:the\s+)?(?:armed\s+)?terrorist(?:s|\s+groups?|\s+organi[sz]ations?)"
    r"\s+(?:also\s+)?(?P<verb>target(?:ed|s)?|hits?|bombard(?:ed|s)?|attack(?:ed|s)?|struck"
    r"|strikes?)\b[^.;:!?]{0,100}$",
    re.IGNORECASE | re.MULTILINE,
)
# "while the rebel and Islamic factions targeted X and Y with several rockets": rockets after
# a side on the ground as the verb's subject are that side's, fired from the ground.
_GROUND_WEAPON_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+with\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:artillery|shells|mortars?|tanks?|tank\s+fire|rockets)\b",
    re.IGNORECASE,
)
# "bombers struck X on Wednesday, after the attack on Y": the happening a strike followed,
# named as its time, not a place the strike hit (an air attack says so: "the air attack").
_AFTER_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:after|following)\s+(?:the|an?|last\s+\w+['’]s)\s+(?!air\b|aerial\b)(?:[\w'’-]+\s+)?"
    r"(?:attack|assault|massacre|storming|incursion)\s+(?:on|against|in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|district)\s+of\s+)?$",
    re.IGNORECASE,
)
_AFTER_BEFORE_RE = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.IGNORECASE)
_ATTACK_NOUN_AFTER_RE = re.compile(
    r"\s+(?:attacks?|assault|massacre|storming|incursion|offensive)\b", re.IGNORECASE
)
# Where aid is to go: "until aid reached besieged towns such as X", "aid delivered to X",
# "aid deliveries to X".
_AID_REACHED_BEFORE_RE = re.compile(
    r"\baid\s+(?:convoys?\s+|deliveries\s+)?(?:has\s+|had\s+|have\s+)?(?:reached|reaches"
    r"|reach|to\s+reach|(?:was\s+|were\s+)?(?:allowed|let)\s+into|(?:was\s+|were\s+)?"
    r"delivered\s+to)\b[^.;:]{0,40}?\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    # "to allow aid deliveries to X", "aid convoys bound for X": where the aid is to go.
    r"|\baid\s+(?:convoys?|deliveries|shipments|supplies|trucks|lorries)\s+(?:bound\s+)?"
    r"(?:to|for|into)\s+(?:the\s+)?(?:(?:besieged\s+)?(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# Where a convoy was stopped: "the convoy that was turned back at the checkpoint of X", "aid
# trucks were blocked at X": a siege's checkpoint or crossing, no struck place.
_CONVOY_STOPPED_BEFORE_RE = re.compile(
    r"\b(?:convoys?|trucks|lorries)\b[^.;:]{0,40}?\b(?:turned\s+back|stopped|blocked|held\s+up"
    r"|refused\s+entry)\s+(?:at|by)\s+(?:the\s+)?(?:(?:army['’]s\s+|regime['’]s\s+)?"
    r"(?:checkpoints?|crossings?)\s+(?:of|at|in|near)\s+)?$",
    re.IGNORECASE,
)
_STOPPED_CONVOY_WORDS = ("convoy", "trucks", "lorries")
# Where an evacuation's buses go: "green buses carry fighters to X", "buses began taking the
# wounded to X", "fighters boarded buses for the northern province of X": the destination
# of those carried away, no struck place.
_BUSED_TO_BEFORE_RE = re.compile(
    r"\b(?:(?:buses|coaches)\s+(?:(?:began|started)\s+)?(?:carry|carries|carried|carrying|took"
    r"|take|takes|taking|ferr(?:y|ies|ied|ying)|brought|bringing)\s+(?:[\w'’-]+\s+){1,4}?"
    r"|board(?:ed|ing|s)?\s+(?:(?:the|green|white)\s+)?(?:buses|coaches)\s+)"
    r"(?:bound\s+)?(?:to|for|towards?)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?"
    r"(?:province|governorate|city|town|countryside)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# Where people fled from: "families who fled X last week", "displaced from the town of X";
# "a teacher who left X a week ago", "since leaving X": where a person left, and where he
# went ("who left X for Y").
_FLED_FROM_BEFORE_RE = re.compile(
    r"\b(?:who|since|after)\s+(?:(?:had|has|have)\s+)?(?:left|leaving)\s+"
    r"(?:(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?[\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:for|to|towards?)\s+)?"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$"
    # "fighters and civilians are to leave X under the deal": where people are to go from.
    r"|\b(?:are|is|were|was)\s+(?:due\s+|set\s+|expected\s+)?to\s+leave\s+"
    r"(?:the\s+)?(?:(?:besieged\s+)?(?:city|town|village|suburb)\s+of\s+)?#?$"
    # "displaced families from X", "displaced people from the X desert", "a displaced family
    # from X": where they came from.
    r"|\b(?:fled|flee|fleeing|displaced)\s+(?:(?:famil(?:y|ies)|people|persons?|residents?"
    r"|civilians?)"
    # "a family who had fled there from X": where they fled to told before, by an adverb.
    r"\s+from\s+|(?:(?:there|here)\s+)?from\s+"
    # "civilians are fleeing the fighting in eastern X": the ground's fight they escape.
    r"|(?:the\s+)?(?:fighting|clashes|battles?|ground\s+offensive)\s+(?:in|around|for)\s+"
    r"(?:the\s+)?(?:(?:eastern|western|northern|southern|besieged)\s+)?"
    # "fled the fighting in Jabal al-Akrad in X": the governorate of the place they fled.
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:al-)?(?-i:[A-Z])[\w'’-]*)){0,3}\s+in\s+)?)?(?:the\s+)?"
    r"(?:(?:city|town|village|district|neighbou?rhood)\s+of\s+)?#?$"
    # "buses carrying evacuees from eastern X", "evacuees from the besieged town of X":
    # where the evacuated come from, not a place struck.
    r"|\bevacuees\s+from\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|besieged)\s+)?"
    r"(?:(?:city|town|village|district|neighbou?rhood)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Residents fleeing X for the border said", "families who fled X told us": they speak
# right after where they fled (and where they went, if named), of their place.
_FLED_SPEAKING_AFTER_RE = re.compile(
    r"(?:\s+(?:(?:last|this)\s+\w+|on\s+\w+day|(?:for|to|towards?)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?))?"
    r"\s*,?\s+(?:(?:have|had)\s+)?(?:said|say|says|told|tell|described|recounted)\b",
    re.IGNORECASE,
)
# "the local council of X", "the media office of the town of X": the place's own body.
_BODY_OF_BEFORE_RE = re.compile(
    r"\b(?:council|committee|administration|office|cent(?:er|re))\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "X's local council says", "X's local coordination committee reported": the town's own body.
_LOCAL_BODY_AFTER_RE = re.compile(
    r"^['’]s\s+local\s+(?:coordination\s+)?(?:council|committee)\s+"
    r"(?:said|says|reported|reports|announced|stated)\b",
    re.IGNORECASE,
)
# "according to the X local council", "the X media office said": a body named by its place
# before its kind (not its offices struck: "the X local council building").
_PLACE_BODY_AFTER_RE = re.compile(
    r"^\s+(?:local\s+(?:coordination\s+)?(?:council|committee)|media\s+(?:office|cent(?:er|re))"
    r"|coordination\s+committee)\b(?!['’]s|\s+(?:building|offices?|headquarters|premises)\b)",
    re.IGNORECASE,
)
# A capital speaking for its government: "condemned by Damascus", "Moscow denied".
_SPEAKER_BEFORE_RE = re.compile(
    r"\b(?:condemned|denounced|critici[sz]ed|welcomed|rejected|announced|claimed|reported|denied"
    r"|accused|warned|blamed|praised)\s+by\s+$"
    # "without the approval of Damascus", "at the request of Damascus": a government's leave.
    r"|\b(?:approval|consent|permission|authori[sz]ation|blessing|request|invitation)\s+of\s+$"
    # "the first air raids by X on Kurdish areas": the capital whose air force strikes, not
    # a place struck.
    r"|\b(?:(?:air\s*)?(?:raids?|strikes?)|airstrikes?|bombings?|bombardments?|sorties)\s+by\s+$",
    re.IGNORECASE,
)
# "a wave of flight towards the camps around X": where the displaced go, not a struck place.
_CAMPS_OF_DISPLACED_BEFORE_RE = re.compile(
    # "families arriving in X and in camps near Y": where the displaced arrive.
    r"\b(?:fled|flee(?:ing)?|flight|displac\w*|refugees?|arriv(?:ed|ing|es?))\b[^.;]{0,40}?"
    r"\b(?:to|towards?|into|for|in)\s+(?:the\s+)?(?:[\w-]+\s+)?camps?\s+"
    # "towards camps near the Turkish border at X": the border locates the camps, X names them.
    r"(?:(?:near|along|on|by)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\s+)?"
    r"(?:around|near|outside|in|at|of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$"
    # "the road people use to reach the camps of X": where they go.
    r"|\breach(?:ed|es|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?camps?\s+(?:around|near|outside|in|at|of)"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "jets struck a displaced persons camp in X", "a strike on a camp for displaced people near
# X" (or "close to X"): the camp is what the strike hit, not where the displaced went.
_CAMP_STRUCK_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_STRIKE_VERBS})|\b(?:air\s*)?(?:strikes?|raids?|attacks?|bombing)\s+on)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?camps?\s+(?:for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?"
    r"(?:in|near|close\s+to|next\s+to|at|outside|of|around)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Families from X left for farms near Y after the raids", "residents were crossing the river
# to Y": where people go to escape, not a struck place; "families continue to flee the bombing
# of the countryside towards Y": the same, what they flee named between.
_MOVERS = tuple(load("triggers")["movers"])
_PEOPLE_LEFT_FOR_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(load('triggers')['movers'])})\b[^.;:]{{0,80}}?"
    rf"\b(?:{alternation(load('triggers')['departure_verbs'])})\b"
    r"(?:\s+(?!to\b|for\b|towards?\b)[\w'’-]+){0,6}?\s+(?:to|for|towards?)\s+(?:the\s+)?"
    # "fled to the Kurdish-controlled X area", "to government-held X": who holds the place
    # they went to, told before its name.
    r"(?:[\w'’]+-(?:controlled|held|run)\s+)?"
    r"(?:(?:farms?|fields|orchards|villages?|towns?|areas?|camps?|countryside)\s+"
    r"(?:near|around|outside|of|in)\s+(?:the\s+)?"
    # "fled towards the Turkish border at X": the border, or its crossing, at the place.
    r"|(?:[\w-]+\s+)?(?:border(?:\s+crossing)?|frontier|crossing)\s+(?:at|near)\s+(?:the\s+)?)?"
    r"(?:(?:city|town|village)\s+of\s+)?"
    # "fleeing towards X and the Y desert": each place of the list is where they go.
    r"(?:#?[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}(?:,|[ \t]+and)[ \t]+(?:the[ \t]+)?){0,3}#?$",
    re.IGNORECASE,
)
# "Strikes on X drove 9,000 people north to the camps around Y": where the movers the
# strikes drive out go, no struck place.
_MOVERS_DRIVEN_TO_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(load('triggers')['driving_verbs'])})\s+(?:[\w,'’-]+\s+){{0,4}}?"
    rf"(?:{alternation(load('triggers')['movers'])})\b"
    r"(?:\s+(?!to\b|towards?\b)[\w'’-]+){0,3}?\s+(?:to|towards?)\s+(?:the\s+)?"
    r"(?:(?:farms?|fields|villages?|towns?|areas?|camps?|countryside)\s+"
    r"(?:near|around|outside|of|in)\s+(?:the\s+)?)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Residents fleeing the bombing of X have reached the Y crossing", "civilians who fled the
# raids on X poured into Y": where movers told going arrive.
_MOVERS_ARRIVED_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(load('triggers')['movers'])})\b[^.;:]{{0,40}}?"
    # Not "... killed people fleeing the town as they reached Y": struck on arrival.
    rf"(?:\b(?:{alternation(load('triggers')['departure_verbs'])})\b"
    r"(?:(?!\b(?:as|when|while|just)\s)[^.;:]){0,60}?"
    # "families from X have arrived in Y and Z after fleeing the raids": their arrival told
    # as done, its going after it.
    r"|\b(?:have|has|had)\s+(?:now\s+|already\s+)?)"
    rf"\b(?:{alternation(load('triggers')['arrival_verbs'])})\s+(?:the\s+)?"
    r"(?:(?:city|town|village|area|outskirts|border)\s+(?:of\s+|at\s+)?)?"
    r"(?:#?[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}(?:,|[ \t]+and)[ \t]+(?:the[ \t]+)?){0,3}#?$",
    re.IGNORECASE,
)
# "the arrival of families from the countryside to the city of X and to the town of Y": where
# movers told arriving, by the noun, come to, not a struck place.
_MOVERS_ARRIVAL_BEFORE_RE = re.compile(
    r"\barrivals?\s+of\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?:{alternation(load('triggers')['movers'])})\b[^.;:]{{0,80}}?"
    r"\b(?:to|in|at)\s+(?:the\s+)?(?:(?:city|town|village|area|camps?)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Families from the villages of X and Y are fleeing towards Z": where the movers come from,
# when a verb of their going follows (see ``_LEAVING_AFTER_RE``).
_MOVERS_FROM_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(load('triggers')['movers'])})\s+"
    rf"(?:(?:{alternation(load('triggers')['displaced_participles'])})(?:\s+out)?\s+)?"
    r"from\s+(?:the\s+)?"
    r"(?:(?:cit(?:y|ies)|towns?|villages?|areas?|countryside)\s+of\s+)?"
    r"(?:#?[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}(?:,|[ \t]+and)[ \t]+){0,3}#?$",
    re.IGNORECASE,
)
# "Jets hit X as the first buses leave Y", "while families fled Y": the place movers leave
# in a clause of time, no struck place.
_TIME_CLAUSE_WORDS = ("as ", "while ", "when ")
_MOVERS_LEAVE_AS_BEFORE_RE = re.compile(
    r"\b(?:as|while|when)\s+(?:the\s+)?(?:first\s+|last\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{alternation(load('triggers')['movers'] + load('triggers')['mover_vehicles'])})\s+"
    rf"(?:{alternation(load('triggers')['departure_verbs'])})\s+(?:the\s+)?"
    r"(?:besieged\s+)?(?:(?:city|town|village|district|neighbourhood)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_LEAVING_AFTER_RE = re.compile(
    r"[^.;:]{0,60}?\b(?:are|were|have|had|is|was|continue[sd]?\s+to)\s+(?:been\s+)?"
    rf"(?:{alternation(load('triggers')['departure_verbs'])})\b",
    re.IGNORECASE,
)
# "the school where families from X had been sleeping", "where families driven from X now
# live": the movers' home, where they stay named after it (see ``_MOVERS_FROM_BEFORE_RE``),
# an aside between as much ("families from X, evacuated to A last month, were housed in Y").
# "houses that belonged to families from X who had come there to escape the fighting": the
# movers' home, told as where they came from to the place struck.
_CAME_THERE_AFTER_RE = re.compile(
    r",?\s+who\s+(?:had\s+|have\s+)?(?:come|fled|moved|arrived|gone)\s+"
    r"(?:there|here|to\s+(?:the|that|this)\s+(?:village|town|city|area|district))\b",
    re.IGNORECASE,
)
_STAYING_AFTER_RE = re.compile(
    r"[^.;:]{0,60}?\b(?:(?:are|were|have|had|is|was)\s+(?:been\s+)?(?:still\s+)?"
    rf"(?:{alternation(load('triggers')['shelter_verbs'])})"
    rf"|(?:now\s+|still\s+)?(?:{alternation(load('triggers')['shelter_present'])}))\b",
    re.IGNORECASE,
)
# "a building where some X families were lodged", "a school housing X families": a place
# named as the kind of the people a struck building shelters is where they come from.
_PEOPLE_OF_SHELTERED_BEFORE_RE = re.compile(
    r"(?:\b(?P<where>where)|\b(?:housing|sheltering|hosting))\s+(?:some\s+|many\s+|dozens\s+of\s+"
    r"|hundreds\s+of\s+|\d+\s+)?(?:displaced\s+)?$",
    re.IGNORECASE,
)
_PEOPLE_NAMED_AFTER_RE = re.compile(
    r"\s+(?:families|refugees|evacuees|residents|civilians|people)\b", re.IGNORECASE
)
# "the terrorists are now withdrawing toward X", "fighters pulled back to X", "had withdrawn
# to the villages of X and Y": where the side that gave ground goes, not a struck place; so
# is the ground it gave ("his fighters had pulled back from the village of X"), and so is the
# ground it was made to give ("since they were driven out of X last year", "expelled from X").
_WITHDRAWN_TO_BEFORE_RE = re.compile(
    r"\b(?:(?:withdr[ae]w(?:n|ing|s)?|retreat(?:ed|ing|s)?|(?:pull(?:ed|ing|s)?|f[ae]ll(?:ing|s)?)"
    r"\s+back)\s+(?:[\w'’-]+\s+){0,2}?(?:to|towards?|into|from)"
    r"|\b(?:were|was|been|being|are|is|got)\s+(?:driven|pushed|forced|chased|kicked)\s+out\s+of"
    r"|\b(?:were|was|been|being|are|is)\s+(?:expelled|ousted)\s+from)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|area)s?\s+of\s+)?#?$",
    re.IGNORECASE,
)
_WITHDRAWAL_WORDS = ("withdr", "retreat", " back ", " out of ", "expelled", "ousted")
# "residents were driven out of X by the air strikes": the ground given up to strikes named
# after it by their agent is where they fell.
_BY_AIR_AFTER_RE = re.compile(
    r"[^.;:]{0,30}?\bby\s+(?:[\w'’-]+\s+){0,3}?(?:air\s*strikes|airstrikes|strikes|air\s*raids"
    r"|raids|bombardment|bombing|barrel\s+bombs|jets|warplanes|aircraft|planes|helicopters)\b",
    re.IGNORECASE,
)
_UNDER_STRIKES_AFTER_RE = re.compile(
    r"[^.;:]{0,30}?\b(?:after|under|amid|following)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:air\s*strikes|airstrikes|strikes|air\s*raids|raids|bombardment|bombing|barrel\s+bombs)\b",
    re.IGNORECASE,
)
# "after X falls", "as Y fell to the army": a place, the subject of "fall" in a clause of
# time, fell on the ground ("bombs fell on X" has the place after the verb).
_FALLS_AFTER_RE = re.compile(
    r"[ \t]+(?:falls|fell|(?:has|had)[ \t]+fallen)\b(?![ \t]+(?:on|silent)\b)"
)
_TIME_OPENING_BEFORE_RE = re.compile(
    r"\b(?:after|as|when|once|since|before|until)\s+(?:the\s+)?"
    r"(?:(?:ancient\s+)?(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "a convoy leaving X for the front", "a column of trucks on the road from X toward Y": where
# a moving convoy set out, when the sentence says where it was going, is no struck place.
_CONVOY_WORDS = ("convoy", "column", "reinforcements")
_CONVOY_FROM_BEFORE_RE = re.compile(
    r"\b(?:convoys?|columns?|reinforcements)\b[^.;:]{0,60}?"
    r"\b(?:leaving|left|(?:heading|coming|moving|travell?ing|setting\s+off)\s+from|from)\s+"
    r"(?:[\w-]+['’]s\s+)?(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "... leaving X for the Y front": where the convoy was going is no struck place either.
_CONVOY_BOUND_FOR_BEFORE_RE = re.compile(
    r"\b(?:convoys?|columns?|reinforcements)\b[^.;:]{0,60}?"
    r"\b(?:leaving|left|(?:heading|coming|moving|travell?ing|setting\s+off)\s+from|from)\s+"
    r"[^.;:]{1,40}?\s(?:for|to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+)?#?$",
    re.IGNORECASE,
)
# "militants had relocated their headquarters from X to the outskirts of Y, where they were
# struck": where something was moved from, the start of its move, is no struck place.
_RELOCATION_WORDS = ("relocat", "transfer", "moved", "moving")
_RELOCATED_FROM_BEFORE_RE = re.compile(
    r"\b(?:relocat(?:ed|ing|es?)|transferr(?:ed|ing)|transfers?|mov(?:ed|ing))\s+"
    r"(?:(?!from\b)[\w'’-]+\s+){0,4}?from\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "the heaviest raids since the bombing of X in August": the strike a comparison names after
# "since" is told as the measure of the one now, no strike of its day.
_COMPARED_SINCE_BEFORE_RE = re.compile(
    r"\b(?:"
    + alternation(load("triggers")["comparison_superlatives"])
    + r")\b[^,;.]{0,80}?\bsince\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:bombing|bombardment|(?:air\s*)?strikes?|airstrikes?|(?:air\s+)?raids?|attacks?|massacre)"
    r"\s+(?:on|of|in|against)\s+(?:the\s+)?(?:(?:city|town|village|district|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)
_GOING_TO_AFTER_RE = re.compile(
    r"(?:[ \t]+(?!for\b|to\b|towards?\b)[\w'’-]+){0,2}?[ \t]+(?:for|to|towards?)\b", re.IGNORECASE
)
# "an ambulance on its way back from X", "a bus on its way to X": the ends of a journey the
# strike caught on the road, not where it fell.
_ON_THE_WAY_BEFORE_RE = re.compile(
    r"\bon\s+(?:its|their|his|her|the)\s+way\s+(?:back\s+|home\s+)?(?:from|to|towards)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "evacuated the wounded to the X hospital": the place names the hospital they were taken to.
_TAKEN_TO_PLACE_CARE_BEFORE_RE = re.compile(
    r"\b(?:wounded|injured|casualties|victims|bodies|patients)\b[^.;]{0,30}?"
    r"\b(?:transferred|taken|rushed|carried|evacuated|transported|brought|moved)\s+(?:to|into)"
    r"\s+(?:the|a)\s+$"
    # "fighters evacuated the wounded to the X hospital": the victims after the verb.
    r"|\b(?:transferred|took|taken|rushed|carried|evacuated|transported|brought|moved)\s+"
    r"(?:(?:most|all|some|many|the|their|its|of)\s+){0,3}(?:wounded|injured|casualties|victims"
    r"|bodies|patients)\s+(?:to|into)\s+(?:the|a)\s+$",
    re.IGNORECASE,
)
_CARE_NAMED_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:national|main|central|general|field|city)[ \t]+)?"
    r"(?:hospitals?|clinics?|medical[ \t]+(?:points?|cent(?:er|re)s?)"
    r"|health[ \t]+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)
# "Local sources told Daily X": a newspaper's name, not a place.
_OUTLET_NAME_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(load('people')['outlet_words']['words'])})[ \t]+$"
)
# "local activists told X.": the hearer of a verb of telling, its clause closed right after it,
# is an outlet or a person, not a place. So is one told on a weekday or by telephone before the
# clause closes or goes on with "that" ("a spokesman told X on Thursday.", "told X by phone that").
_HEARER_WORDS = tuple(load("people")["hearer_before"]["words"])
_HEARER_BEFORE_RE = re.compile(rf"\b(?:{alternation(list(_HEARER_WORDS))})[ \t]+$")
# "a rescue worker tells the X.": the hearer named with its article, a paper's name.
_HEARER_THE_BEFORE_RE = re.compile(rf"\b(?:{alternation(list(_HEARER_WORDS))})[ \t]+the[ \t]+$")
_HEARER_CLOSE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:(?:late|early)[ \t]+)?on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|[ \t]+by[ \t]+(?:tele)?phone)?(?:[ \t]*(?:[.,;:](?:\s|$)|$)|[ \t]+that\b)"
)
_FAMILY_OF_BEFORE_RE = re.compile(r"\bfamily\s+of\s+(?:the\s+)?#?$", re.IGNORECASE)
# "the" right before a name: "four members of the X family" (a family named by its surname),
# "the X offensive", "the X brigade".
_THE_RIGHT_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+$")
_FAMILY_AFTER_RE = re.compile(r"[ \t]+famil(?:y|ies)\b", re.IGNORECASE)
# "at the hour when the farmers of X bring their produce": people of a trade named by where
# they come from, not a struck place (the victims a strike killed are told with a harm word).
_TRADE_OF_BEFORE_RE = re.compile(
    r"(?<!killing\s)(?<!killed\s)(?<!wounding\s)(?<!wounded\s)\b[Tt]he\s+"
    r"(?:farmers|traders|shopkeepers|merchants|vendors|fishermen|shepherds|peasants|herders)"
    r"\s+of\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?#?$"
)
_TRADE_WORDS: tuple[str, ...] = ("farmers", "traders", "shopkeepers", "merchants", "vendors")
_TRADE_WORDS += ("fishermen", "shepherds", "peasants", "herders")
# "a man died of wounds he had sustained in the bombardment of X last week": the place of an
# earlier strike, whose victim the toll counts now; a day right after it keeps the strike.
_EARLIER_WOUNDS_BEFORE_RE = re.compile(
    r"\b(?:wounds|injuries)\s+(?:(?:he|she|they|we)\s+)?(?:had\s+)?"
    r"(?:sustained|received|suffered)\s+(?:in|during|from)\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bombardment|raids?|strikes?|airstrikes?|shelling|attacks?|bombing)"
    r"\s+(?:of|on|in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_DAY_AFTER_RE = re.compile(
    r"^\s+(?:on\s+(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|yesterday"
    r"|(?:this|last)\s+(?:morning|night|evening)"
    # "... in an airstrike on X four days ago": days counted back name the strike's day too.
    r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\s+days?\s+ago\b)",
    re.IGNORECASE,
)
# "the wounded were transferred to the hospital of X": where the victims were taken.
# "two of the wounded died in a field clinic in X": where they were cared for; so when a time
# is told between ("more of the wounded died overnight in field hospitals in X").
_DIED_WHEN = (
    r"(?:(?:overnight|later|since|afterwards|yesterday|today|(?:early\s+)?on\s+\w+day"
    r"|(?:this|last)\s+(?:morning|night|evening))\s+)?"
)
# "wounding two nurses who were driven to a hospital in X": the verb of the harm names them.
_TAKEN_TO_CARE_BEFORE_RE = re.compile(
    r"\b(?:wounded|wounding|injured|injuring|casualties|victims|bodies|dead|patients)\b[^.;]{0,30}?"
    r"\b(?:(?:transferred|taken|rushed|carried|evacuated|transported|brought|moved|driven"
    r"|flown|ferried|airlifted)\s+(?:to|into)"
    rf"|died\s+{_DIED_WHEN}(?:of\s+(?:their|his|her)\s+wounds\s+{_DIED_WHEN})?(?:in|at))"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?"
    r"|(?:medical|field)\s+(?:points?|cent(?:er|re)s?)"
    r"|health\s+cent(?:er|re)s?)\s+(?:of|in|at)\s+"
    # "taken to field hospitals in the town and in X": the struck town's own care, then X's.
    # "transferred to the field points in the town of X": the field medical points, as
    # translated copy calls them.
    r"(?:the\s+(?:city|town|village)\s+(?:and|or)\s+(?:in|at)\s+)?"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$"
    # "Staff had moved most patients to X", "moved what patients they could to X": where the
    # patients went.
    r"|\b(?:transferred|taken|took|rushed|carried|evacuated|transported|brought|moved)\s+"
    r"(?:(?:most|all|some|many|the|their|its|of|what|whatever)\s+){0,3}(?:wounded|injured|patients"
    # "Staff evacuated the blood stock to a hospital in X": where a facility's stores went.
    r"|(?:blood\s+|medical\s+)?(?:stocks?|supplies|equipment|medicines))"
    r"\s+(?:(?:they|we|it|he|she)\s+could\s+)?"
    # "took the wounded to a field hospital in X": the place of the care they were taken to.
    r"(?:to|into)\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?"
    r"|(?:medical|field)\s+points?"
    r"|health\s+cent(?:er|re)s?)\s+(?:of|in|at)\s+)?"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$"
    # "33 people, most of them women and children, were taken to a field hospital in X":
    # whoever was carried, in the passive, to a hospital of a place went there for care.
    r"|\b(?:were|was|had\s+been|have\s+been)\s+(?:(?:later|then|all|quickly)\s+)?"
    r"(?:transferred|taken|rushed|carried|evacuated|transported|brought|moved|driven|flown"
    r"|ferried|airlifted)\s+(?:to|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?"
    r"|(?:medical|field)\s+(?:points?|cent(?:er|re)s?)|health\s+cent(?:er|re)s?)\s+(?:of|in|at)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$"
    # "nine people were treated for burns at a field hospital in X", "with 28 people treated
    # at a clinic in X": where the victims were cared for, whatever they were treated for.
    r"|\b(?:treated|cared\s+for)\s+(?:for\s+[^.;:]{0,60}?\s+)?(?:at|in)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+)?(?:hospitals?|clinics?|(?:medical|field)\s+(?:points?|cent(?:er|re)s?)"
    r"|health\s+cent(?:er|re)s?)\s+(?:of|in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$"
    # "the wounded were taken to X": in the passive, the place itself is where they went.
    r"|\b(?:wounded|injured|casualties|patients)\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:(?:later|then|all|quickly)\s+)?"
    r"(?:transferred|taken|rushed|carried|evacuated|transported|brought|moved)\s+(?:to|into)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$"
    # "wounding a man and his son, who were taken to the X Hospital in Y": the victims of the
    # clause before, carried to a place or to its hospital.
    r"|\bwho\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:later|then|all|quickly)\s+)?"
    r"(?:transferred|taken|rushed|carried|evacuated|transported|brought|moved)\s+(?:to|into)\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?"
    r"|(?:medical|field)\s+points?"
    r"|health\s+cent(?:er|re)s?)\s+(?:of|in|at)\s+)?"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "had delivered humanitarian supplies to X", "flew aid into the besieged city of X", "dropping
# food over X": where aid went, carried or dropped, no struck place.
_AID_WORDS = ("aid", "supplies", "food", "medicine", "relief", "cargo", "flour", "rations")
_AID_DELIVERED_BEFORE_RE = re.compile(
    r"\b(?:deliver(?:s|ed|ing)?|br(?:ing|ings|inging|ought)|fl(?:ew|own|ying)|carr(?:y|ies|ied|ying)"
    r"|(?:air)?drop(?:s|ped|ping)?|airlift(?:s|ed|ing)?|ferr(?:y|ies|ied|ying))\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:aid|supplies|food|medicines?|relief|cargo|flour|rations)\s+"
    r"(?:to|into|for|over)\s+(?:the\s+)?(?:(?:besieged|encircled|surrounded)\s+)?"
    r"(?:(?:city|town|village|enclave)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Raqqa has been struck far less by Russian jets than X": a comparison of records, no strike
# of a day.
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:less|fewer|more|harder|more\s+often)\b[^.;]{0,60}?\bthan\s+(?:in\s+)?(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "those who compare them with what Russia is doing in X", "compared with 40 in X": a place
# set beside the strikes told, no strike of its own.
_COMPARED_WITH_BEFORE_RE = re.compile(
    r"\bcompar(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:with|to)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:(?:in|on|at|over|of)\s+)?(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "according to Jaish al-Islam, the largest rebel group in the eastern X": where a group
# stands first, a description of who speaks or fights, no struck place.
_LEADING_GROUP_IN_BEFORE_RE = re.compile(
    r"\b(?:largest|main|biggest|strongest|dominant|leading|most\s+powerful)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:group|faction|alliance|force|coalition|movement)s?\s+in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?#?$",
    re.IGNORECASE,
)
# "they want a deal like X's", "pushed toward the same fate as X": a place likened, no strike.
_LIKENED_BEFORE_RE = re.compile(
    r"\b(?:(?:deal|truce|agreement|settlement|evacuation|fate|siege|scenario)\s+"
    r"(?:like|similar\s+to)|same\s+(?:fate|deal|scenario)\s+as)\s+(?:that\s+of\s+)?(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "its families now live in tents near X", "are sheltering in three schools in X": where the
# displaced shelter.
_SHELTER_BEFORE_RE = re.compile(
    r"\b(?:live|lives|living|lived|sleep(?:s|ing)?|slept|shelter(?:s|ing|ed)?|stay(?:s|ing|ed)?)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|under)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:tents?|camps?|shelters?|schools?|mosques?)\s+"
    r"(?:around|near|outside|in|at|of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "X, a village west of Y, where a raid destroyed two houses": the strike fell in X.
# "X, ..., where rescuers say a helicopter dropped barrel bombs": who says so may come first.
_WHERE_STRUCK_AFTER_RE = re.compile(
    r"(?:,[^,.;:]{1,60})?,\s+where\s+"
    r"(?:(?:[\w-]+\s+){1,2}?(?:say|says|said|reported)\s+(?:that\s+)?)?"
    r"(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+)?"
    r"(?:air\s*strikes?|air\s*raids?|raids?|strikes?|barrel\s+bombs?|bombs?|missiles?"
    r"|warplanes?|jets?|helicopters?)\b",
    re.IGNORECASE,
)
# "X, the largest town of the Y plain", "X, a village in Y", "X, the largest town in the
# besieged eastern Y enclave", "X, a rebel stronghold in the Y mountains", "X, a farming
# community in the Y": what sort of place X is, in Y ("A, the village of B" lists B itself).
_PLACE_NOUN_RE = re.compile(
    r"town|city|village|suburb|district|neighbo|stronghold|bastion|hamlet|communit|place"
)
_KIND_OF_PLACE_BEFORE_RE = re.compile(
    r"[\w'’-]\s*,\s+(?:the|a|an|one)\s+(?:(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*est|main|only|chief"
    # "X, the last opposition-held neighbourhood of Y city": who holds it may come between.
    r"|principal|second|third|last|first)\s+(?:[a-z][\w-]*-(?:held|controlled)\s+|besieged\s+)?"
    r"(?:towns?|city|villages?|suburbs?|districts?|neighbou?rhoods?)"
    r"\s+(?:of|in|on)|(?:[a-z][\w-]*\s+){0,2}?(?:towns?|city|villages?|suburbs?|districts?"
    # "X, a rebel stronghold in the Y mountains": a town described by who holds it.
    r"|neighbou?rhoods?|strongholds?|bastions?|hamlets?|communit(?:y|ies)|places?)"
    # "X, a village of some 600 people in the Y mountains": its size may come between, or
    # what it is made of ("a village of stone houses high in the Y mountains"), and a word of
    # how it lies there ("high", "deep", "perched").
    r"(?:\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|fewer\s+than\s+|more\s+than\s+)?"
    r"\d[\d,.]*(?:\s+(?:people|inhabitants|residents|souls|families))?"
    r"|\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?"
    r"(?:\s+(?:high(?:\s+up)?|deep|perched|nestled|tucked(?:\s+away)?))?\s+(?:in|on))"
    r"\s+(?:the\s+)?(?:[a-z][\w-]*(?<!ern)\s+)?(?:[\w-]+ern\s+)?#?$",
)
# "Jaish al-Islam, the largest faction in X, said": where a group named just before is seated.
_GROUP_SEAT_BEFORE_RE = re.compile(
    r",\s+the\s+(?:" + alternation(load("organisations")["seat_ranks"]) + r")\s+"
    r"(?:[\w'’-]+\s+)?(?:factions?|groups?|militias?|brigades?|forces)\s+(?:in|of)\s+"
    r"(?:the\s+)?#?$",
    re.IGNORECASE,
)
# "the X Front, the alliance of rebel factions in Y and Z, said": the ground a group named
# just before gathers its factions from, named in apposition; the names of a list all are.
_ALLIANCE_GROUND_BEFORE_RE = re.compile(
    r",\s+(?:the|an?)\s+(?:alliance|coalition|umbrella(?:\s+group)?|grouping)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:factions|groups|brigades|battalions|militias|rebels)\s+"
    r"(?:in|of|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?:\s*,\s*|\s+and\s+)){0,3}$"
)
_SPEAKER_AFTER_RE = re.compile(
    r"^(?:['’]s\s+(?:government|envoy|ambassador|foreign|defen[cs]e|position)"
    # "the X canton's executive council condemned": a place's own body speaking.
    r"|(?:\s+(?:canton|province|city|town|region|district))?['’]s\s+(?:[\w-]+\s+)?"
    r"(?:council|administration|authorities|committee|governor|office))?\s+"
    r"(?:said|says|denied|denies|claimed|claims|announced|condemned|accused|insisted|warned"
    # "Moscow and Damascus intend to ...", "Damascus has not commented": a government.
    # "a toll Damascus rejects", "a claim Moscow disputes": a government judging a claim.
    r"|insists|intends?|wants?|hopes?|refused|rejects|rejected|dismisses|dismissed|disputes"
    r"|disputed|demanded|threatened"
    r"|(?:has|have|had)\s+not\s+commented|did\s+not\s+comment"
    # "neither Damascus nor Moscow commented on the raids": two governments, neither speaking.
    r"|nor\s+[\w'’-]+\s+(?:has\s+|have\s+|had\s+)?(?:commented|responded|confirmed|said)"
    r"|nor\s+[\w'’-]+\s+(?:would|could)\s+(?:comment|confirm))\b",
    re.IGNORECASE,
)
# "could not confirm whether the jets also struck the village of X": a strike the voice doubts
# is no strike it reports (a doubt on whose jets they were is not this).
_UNCONFIRMED_STRIKE_BEFORE_RE = re.compile(
    r"\b(?:could|can|cannot|was\s+unable\s+to|were\s+unable\s+to|not\s+able\s+to)"
    r"(?:\s*not)?\s+(?:independently\s+)?(?:confirm|verify)\s+(?:whether|if)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:also\s+)?(?:struck|hit|bombed|targeted|raided)\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbou?ring)\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "targeted militants in A, who fire on civilians in the X neighbourhood": the ground the
# struck fighters' own fire reaches, told in a clause on them, is not struck.
_WHO_FIRE_ON_BEFORE_RE = re.compile(
    r",\s+who\s+(?:have\s+been\s+|had\s+been\s+|were\s+|are\s+)?"
    r"(?:fire|fired|firing|shell|shelled|shelling|attack|attacked|attacking)\s+"
    r"(?:on\s+)?[^.;,]{0,50}?\b(?:in|on|at)\s+(?:the\s+)?$"
)
# "I've seen nothing that confirms an airstrike in X", "no evidence of a strike on X": a
# strike the voice finds no sign of is no strike it reports.
_NO_SIGN_OF_STRIKE_BEFORE_RE = re.compile(
    r"\b(?:nothing|no\s+(?:evidence|sign|signs|indication|proof))\s+"
    r"(?:that\s+(?:confirms|shows|suggests|proves)|to\s+(?:confirm|show|suggest|prove)|of)\s+"
    r"(?:an?\s+|any\s+)?(?:air\s*strikes?|air\s+raids?|strikes?|raids?|bombing)\s+"
    r"(?:in|on|near|at)\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "Moscow and Damascus say they strike only militants": two seats opening their clause with
# a plural verb are two governments ("teams in X and Y say" are people of the places).
_PAIR_SPEAKS_AFTER_RE = re.compile(r"^\s+(?:say|deny|insist|accuse|warn|condemn)\b")
_PAIR_OPENS_BEFORE_RE = re.compile(
    r"(?:[.;:!?\"“]\s*|\n|\b(?:that|while|but|as)\s+)[A-Z][\w'’-]+\s+and\s+$"
)
# "X neighbourhood in the eastern part of Y city": a part of the city between; so is
# "the besieged part of Y city", "the rebel-held part of Y" (who holds it, or its siege).
_PART_OF = (
    r"(?:the\s+(?:(?:besieged|[\w-]+-(?:held|controlled))\s+)?(?:"
    + _DIRECTION
    + r"(?:ern)?\s+)?part\s+of\s+)?"
)
# "A and B neighbourhoods, which are held by the group, in Y city": a relative clause telling
# who holds the parts may stand between them and their city.
_HELD_CLAUSE = r"(?:\s*,\s+(?:which|that)\s+[^,.;:]{1,60},)?"
_CITY_OF_BEFORE_RE = re.compile(
    r"\b(?:neighbou?rhoods?|districts?|quarters?)"
    + _HELD_CLAUSE
    + r"\s+(?:of|in)\s+"
    + _PART_OF
    + r"(?:the\s+city\s+of\s+)?"
    r"(?:" + _DIRECTION + r"(?:ern)?\s+)?$",
    re.IGNORECASE,
)
# "A and B districts of X": the parts are named, X holds them. "Kurdish-held districts of X",
# "the neighbourhoods of X": the parts are unnamed, X itself is the struck place.
_PARTS_GAP_RE = re.compile(
    r"\s+(?:neighbou?rhoods?|districts?|quarters?)"
    + _HELD_CLAUSE
    + r"\s+(?:of|in)\s+"
    + _PART_OF
    + r"(?:the\s+city\s+of\s+)?"
    r"(?:" + _DIRECTION + r"(?:ern)?\s+)?#?",
    re.IGNORECASE,
)


def names_outlet(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place is written as the name of an outlet or its correspondent.

    "according to X 24, a network of activists", "an X-based network",
    "our X correspondent": the place names who reports, not where.

    Parameters
    ----------
    ctx : _DocContext
        The report.
    m : Mention
        The place.

    Returns
    -------
    bool
    """
    return _BASED_AFTER_RE.search(ctx.text[m.end : m.end + 40]) is not None


# "the A, B and C neighbourhoods of Y": the gap from one item of a list of parts to the next,
# and an item the table does not know, a name of capitalised words.
_PARTS_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_UNKNOWN_PART_RE = re.compile(
    r"(?:(?:[Aa][lnrsdt]|[Ee]l)[-‑ ])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)
#: Most items of a list of parts looked across for the town that holds them.
_PARTS_LIST_ITEMS = 6


def _holder_at(ctx: _DocContext, m: Mention) -> int | None:
    """Return where the holder of a part ``m`` is written ("district of |Y"), if any.

    An item of a list of parts is held by what follows the list's last item: "the A and
    B neighbourhoods of Y" names two parts of Y, whether or not the table knows B.
    """
    text = ctx.text
    end = m.end
    for _ in range(_PARTS_LIST_ITEMS):
        gap = _PARTS_GAP_RE.match(text, end)
        if gap is not None:
            return gap.end()
        step = _PARTS_LIST_GAP_RE.match(text, end)
        if step is None:
            return None
        following = _mention_at(ctx, step.end())
        if following is not None:
            end = following.end
            continue
        unknown = _UNKNOWN_PART_RE.match(text, step.end())
        if unknown is None:
            return None
        end = unknown.end()
    return None


def part_holder(ctx: _DocContext, m: Mention) -> Mention | None:
    """Return the town right after "district of" or "neighbourhood in" a place, if any.

    So for every item of a list of parts ("the A and B districts of Y").
    """
    at = _holder_at(ctx, m)
    holder = _mention_at(ctx, at) if at is not None else None
    if holder is not None and (governorate_of(holder.surface) or _is_town(holder)):
        return holder
    return None


_THE_CITY_RE = re.compile(r"the\s+city\b", re.IGNORECASE)


def part_of_the_city(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place is named as a part of "the city" ("the A and B districts in the city").

    The city is the one the report is about, not named again.
    """
    at = _holder_at(ctx, m)
    return at is not None and _THE_CITY_RE.match(ctx.text, at) is not None


def _parts_named_before(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place name ends right before "districts of" ``m`` ("A, B districts of X")."""
    i = bisect_left(ctx.mention_starts, m.start)
    if i == 0:
        return False
    previous = ctx.mentions[i - 1]
    return bool(_PARTS_GAP_RE.fullmatch(ctx.text, previous.end, m.start))


def _parts_named_next(ctx: _DocContext, city: Mention) -> bool:
    """Say whether the city's sentence or the next one names a neighbourhood of the city."""
    i = _sentence_at(ctx, city.start + 1) - 1
    end = ctx.sentences[min(i + 1, len(ctx.sentences) - 1)][1]
    return any(_neighbourhood_of(m, city) for m in _mentions_in(ctx, city.start + 1, end))


# "the heaviest bombing of the rebel-held east of X. ... bombs hit the A and B districts": a
# part of the city, written as its side, around districts named with it or next.
_CITY_SIDE_BEFORE_RE = re.compile(
    r"\bthe\s+(?:[\w-]+-held\s+|besieged\s+)?(?:north|south|east|west)"
    r"(?:ern\s+(?:part|half|side|districts|neighbou?rhoods))?\s+of\s+(?:the\s+city\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "districts of the eastern Syrian city of X": the city named with words of where it lies;
# "districts of Syria's second city X", the country's city.
_PLURAL_OF_BEFORE_RE = re.compile(
    r"\b(?:neighbou?rhoods|districts|quarters)\s+(?:of|in)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?city\s+of\s+|[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?city\s+)?"
    r"(?:" + _DIRECTION + r"(?:ern)?\s+)?$",
    re.IGNORECASE,
)
# "A Kafranbel-based network"; "Nida al-Sham correspondent", "our Aleppo correspondent":
# an outlet named after a place, or where its correspondent is; "told Hauran Direct":
# an outlet's own name.
_BASED_AFTER_RE = re.compile(
    # "X's correspondent in the Y countryside said": the outlet's own man, as "our X
    # correspondent".
    r"^(?:(?i:-based)\b|(?:['’]s)?(?:[ \t-](?:[A-Z]|al-|el-)[\w'’-]*){0,2}[ \t]+"
    r"(?:correspondents?|reporters?"
    r"|bureau)\b"
    rf"|[ \t]+{alternation(load('organisations')['outlet_words'])}\b)"
)
# "where the X brigade has its base", "the X battalion said": a unit named in lower case
# after its town, "the" before the place; not the unit's base ("the X brigade headquarters
# was hit"), which stands in X.
_LOWER_UNIT_AFTER_RE = re.compile(
    rf"^[ \t]+(?i:{alternation(load('organisations')['lower_bodies'])})\b"
    r"(?!(?:['’]s)?[ \t]+(?i:buildings?|headquarters|offices?|premises|hall|compound|seat)\b)"
)
# "according to the Directorate of Health in Free X", "the Free X Council": a body the
# opposition names after its province or town, whose seat the place is.
_BODY_NAME_OPENING_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(load('organisations')['name_openings'])})[ \t]+$"
)
# "Our clinic in X received 30 wounded from the strikes on Y": where the victims were taken.
_CARE_IN_BEFORE_RE = re.compile(
    r"\b(?:clinics?|hospitals?|medical\s+(?:points?|cent(?:er|re)s?)|health\s+cent(?:er|re)s?)"
    # "a field hospital in the western countryside of Y, in X, which received": the region
    # first, then the town.
    r"\s+(?:in\s+[^,.;:\n]{1,60}?,\s+)?in\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "the nearest surgeon was in a converted school in X": where the carers of the wounded are.
_CARERS_IN_BEFORE_RE = re.compile(
    r"\b(?:surgeons?|doctors?|nurses?|medics?|paramedics?)\s+(?:was|were|is|are|works?|worked"
    r"|working|based|stationed)\b[^.;:]{0,40}?\bin\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_CARER_WORDS = ("surgeon", "doctor", "nurse", "medic")
# "according to a civil defence volunteer in X", "Our teams in the western X continue to
# work": where the voice of the sentence, or the speaker's own people, are, not a place struck;
# so is where an outlet's own correspondent reports from ("Our agency's correspondent on the
# X front reported that jets hit Y").
_SPEAKERS_LOCATED_BEFORE_RE = re.compile(
    r"(?:\baccording\s+to\s+(?:an?|the|one|two|three|several|local)\s+(?:[\w'’-]+\s+){0,3}?"
    + _WITNESSES
    # "as reported by activists in X": the speakers named as the agent of their report.
    + r"\s+in|\b(?:reported|said|announced|confirmed|documented)\s+by\s+"
    r"(?:(?:an?|the|one|two|three|several|local)\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _WITNESSES
    + r"\s+in|\b(?:our|its|their)\s+(?:[\w'’-]+\s+)?(?:teams?|crews?|volunteers?|staff|members?)"
    r"\s+in|\b(?:our|its|their)\s+(?:[\w'’-]+\s+)?(?:correspondents?|reporters?)\s+(?:in|on|at))"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+)?#?$",
    re.IGNORECASE,
)
# "The coalition, which also bombs the group in X province, said it struck Y on Saturday": a
# side's habit told in a relative clause after its name, not the strike the sentence tells.
_HABIT_CLAUSE_BEFORE_RE = re.compile(
    r",\s+(?:which|who)\s+(?:also\s+|(?:has|have)\s+also\s+)?"
    r"(?:bombs|strikes|hits|pounds|raids|targets|(?:has|have)\s+been\s+(?:bombing|striking"
    r"|hitting|pounding|raiding|targeting))\b[^,.;:]{0,50}$",
    re.IGNORECASE,
)
# "Jaish X, a rebel group active in the pocket around Y, said jets hit Z": where a group
# fights, telling who it is, not a place struck.
_GROUP_ACTIVE_IN_BEFORE_RE = re.compile(
    r"\b(?:groups?|factions?|brigades?|battalions?|alliances?|militias?)\s+(?:(?:that|which)\s+"
    r"(?:is|are|has\s+been|have\s+been)\s+)?(?:active|operating|based|fighting)\s+"
    r"(?:in|around|near|across)\s+[^.;:,]{0,40}?$",
    re.IGNORECASE,
)
_GROUP_ACTIVE_WORDS = (" active ", " operating ", " based ", " fighting ")
# "commander A B, who leads a brigade in the X area, told ...": where a speaker's unit is.
_LEADER_IN_BEFORE_RE = re.compile(
    r"\bwho\s+(?:leads|led|commands|commanded|heads|headed|runs|ran)\s+(?:a|an|the|one)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:brigade|battalion|group|faction|unit|team|militia|regiment"
    r"|company|council|office|centre|center)s?\s+(?:in|around|near|across)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|area|countryside)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "shelled the city with rockets from positions in X": where ground fire came from; aircraft
# fire from no positions. "from their positions around X" as much.
_FROM_POSITIONS_BEFORE_RE = re.compile(
    r"\bfrom\s+(?:(?:the|its|their|his)\s+)?(?:[\w-]+\s+)?positions?\s+(?:in|at|on|near|a?round)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|area)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_CARE_PLACE_WORDS = (
    "hospital",
    "clinic",
    "medical",
    "health",
    "patient",
    "wounded",
    "injured",
    "casualt",
)
# "Our school in X has been closed since jets struck Y": a state of X since a strike elsewhere.
_STATE_SINCE_AFTER_RE = re.compile(
    r"^\s+(?:has|have|had)\s+(?:stayed|remained|been)\s+(?:closed|shut|empty|deserted|abandoned)"
    r"\s+(?:ever\s+)?since\b",
    re.IGNORECASE,
)
_CARE_AFTER_RE = re.compile(
    r"^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:received|receives|treated|treats|took\s+in"
    r"|admitted|admits)\b",
    re.IGNORECASE,
)
_RESIDENCE = alternation(load("people")["residence"]["verbs"])
# "my brother, who lives in X", "the village next to X, where I grew up": someone's home.
_RESIDENT_BEFORE_RE = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+who\s+(?:still\s+|now\s+)?"
    + rf"(?:{_RESIDENCE})\s+in\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "a family from X, now living in Y, said ...", "who are currently staying in Y": where the
# speakers live now, set beside the place they left.
_NOW_RESIDENT_BEFORE_RE = re.compile(
    r",\s+(?:who\s+(?:is|are|was|were)\s+|who\s+)?(?:now|currently)\s+"
    + rf"(?:{_RESIDENCE}|sheltering|based)\s+in\s+(?:the\s+)?"
    r"(?:(?:city|town|village|camp)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "The medic, born in X, died when jets bombed Y": where someone was born (and raised).
# "said Dr. Y, who grew up in X": where someone was raised is their home as well.
_BORN_IN_BEFORE_RE = re.compile(
    r"\b(?:born\s+(?:and\s+(?:raised|bred|brought\s+up)\s+)?|grew\s+up\s+"
    r"|(?:was|were)\s+(?:raised|brought\s+up)\s+)in\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbouring|neighboring)\s+)?(?:(?:city|town|village)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# "said Dr. Y, the charity's coordinator, who grew up in X": a speaker's home after his words.
_WHO_GREW_UP_IN_BEFORE_RE = re.compile(
    r"[\"”]\s*,?\s+(?:said|says|added|told)\b[^;:\"“”\n]{1,160}?,\s+who\s+grew\s+up\s+in\s+"
    r"(?:the\s+)?#?$",
    re.IGNORECASE,
)
#: How far before a place the quote and the verb of saying of its speaker may close.
_SPEAKER_HOME_CHARS = 220
_RESIDENT_AFTER_RE = re.compile(
    r"^\s*,?\s+where\s+(?:I|we|(?:my|our|his|her|their)\s+[\w'’-]+)\s+(?:still\s+|once\s+)?"
    + rf"(?:{_RESIDENCE})\b",
    re.IGNORECASE,
)
# "the Hama-Aleppo highway", "the Damascus–Homs road": two ends naming a road, not places struck.
_ROAD_WORDS = r"\s+(?:highway|motorway|road|railway|route|pipeline|corridor)\b"
# "the X – Y road": the dash between the ends may be spaced, as a dash is.
# "the X to Y road", as a statement writes the road between two towns, is named so too.
_ROAD_FIRST_END_RE = re.compile(
    r"^(?:[-–‑]|[ \t][-–][ \t]|[ \t]+to[ \t]+)(?:al-)?[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)?"
    + _ROAD_WORDS
)
_ROAD_LAST_END_BEFORE_RE = re.compile(
    r"[A-Za-z][\w'’]*(?:[-–‑]|[ \t][-–][ \t])$|\b[Tt]he[ \t]+(?:al-)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:al-)?[A-Z][\w'’-]*)?[ \t]+to[ \t]+$"
)
_ROAD_LAST_END_AFTER_RE = re.compile(r"^" + _ROAD_WORDS, re.IGNORECASE)


# "positions looking towards the Damascus road": a road named after the city it leads to.
_CITY_ROAD_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:old\s+|main\s+|new\s+)?$")
_ROAD_CITIES = frozenset(load("cities")["names"])
# "the grain silos on the X road": a thing on a road named after a town, the road alone.
_ON_TOWN_ROAD_BEFORE_RE = re.compile(
    r"\b(?:silos?|depots?|checkpoints?|warehouses?|stations?|factory|factories|mill|farms?)"
    r"\s+on\s+the\s+$"
)
_ROAD_ALONE_AFTER_RE = re.compile(r"^\s+road\b")
# "a depot near the X Dam road": a road named after the landmark it leads to, as after a city.
_LANDMARK_NAME_RE = re.compile(r"[ \t](?:Dam|Airport|Airbase|Air[ \t]+Base|Crossing|Bridge)$")


def _names_road(before: str, after: str, surface: str = "") -> bool:
    """Say whether a place is one of the two ends that name a road ("the X-Y highway").

    A city named alone before the road word names the road leading to it ("the Damascus road").
    """
    if _ROAD_FIRST_END_RE.match(after):
        return True
    if not _ROAD_LAST_END_AFTER_RE.match(after):
        return False
    return (
        bool(_ROAD_LAST_END_BEFORE_RE.search(before))
        or (
            (surface in _ROAD_CITIES or _LANDMARK_NAME_RE.search(surface) is not None)
            and _CITY_ROAD_BEFORE_RE.search(before) is not None
        )
        # "the grain silos on the X road": a thing standing on a road named after a town.
        or (
            _ON_TOWN_ROAD_BEFORE_RE.search(before) is not None
            and _ROAD_ALONE_AFTER_RE.match(after) is not None
        )
    )


# "on the X street", "al-X street": a street of a town named after a place or a date, not
# that place (a name written with "Street" as its own word is no mention of the place).
# "the X road area": the quarter of a town named after its road, as a street is.
_STREET_AFTER_RE = re.compile(
    r"^[ \t]+(?:[Ss]treet|[Aa]venue|[Bb]oulevard|[Rr]oad[ \t]+(?:area|district|neighbou?rhood))\b"
)


# "at the request of the Damascus government": the seat standing for the government.
_GOVERNMENT_AFTER_RE = re.compile(
    rf"^[ \t]+{alternation(load('cities')['government_nouns'])}\b", re.IGNORECASE
)

# "as the X evacuation deal stalls", "the X deal": a place named as party to a deal.
_ACCORD_AFTER_RE = re.compile(
    rf"^[ \t]+(?:(?:{alternation(load('triggers')['accords']['kinds'])})[ \t]+"
    rf"(?:{alternation(load('triggers')['accords']['nouns'])})|deal)s?\b",
    re.IGNORECASE,
)

# "a condition Damascus described as sabotage", "Damascus blamed Ankara": the government
# seated there judging, not a place; not after a preposition ("the bombing of X described
# as the heaviest" tells of the place).
_JUDGING_AFTER_RE = re.compile(
    rf"^\s+(?:(?:has|have|had)\s+)?{alternation(load('cities')['judging_verbs'])}\b"
)
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:of|on|in|at|to|near|over|from|into|towards|around|across|against)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Britain should coordinate with Damascus": the government seated there, not a place.
# "does not coordinate with Moscow or Damascus": the second government of a pair.
_DEALING_BEFORE_RE = re.compile(
    rf"\b{alternation(load('cities')['dealing_words'])}\s+(?:with|on|over)\s+"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:or|and)\s+)?$",
    re.IGNORECASE,
)

# "fights alongside other factions in the Hama offensive": a place naming an operation.
_OPERATION_AFTER_RE = re.compile(
    rf"^[ \t]+{alternation(load('cities')['operation_nouns'])}\b", re.IGNORECASE
)

# "as part of the offensive south of X", "the regime offensive north of X": a place locating
# a ground offensive by a bearing, where the offensive is, not a place struck.
_OFFENSIVE_BEARING_BEFORE_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:ground[ \t]+)?offensives?[ \t]+"
    r"(?:(?:north|south|east|west)(?:[ \t-]?(?:east|west))?|outside)[ \t]+(?:of[ \t]+)?$"
)

# "the X offensive", "the southern X offensive": "the" and a bearing before an operation's
# place.
_THE_BEARING_BEFORE_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:(?:north|south|east|west)(?:ern|[ \t-]?(?:east|west)(?:ern)?)?[ \t]+)?$"
)

# "Douma itself was spared on Sunday after a week of bombardment": a place the strikes missed.
# "hours after X fell", "since X was captured": a town lost on the ground, its subject.
_FELL_AFTER_RE = re.compile(
    r"^[ \t]+(?:fell|had[ \t]+fallen|(?:was|had[ \t]+been)[ \t]+(?:captured|taken|retaken"
    r"|seized|overrun|recaptured))\b(?![ \t]+(?:on|onto|in|into|near|around|close|by[ \t]+air))",
)
# "Jets pound hideouts after X liberation", "since X's fall": a town taken or lost on the
# ground, named before the noun of its taking as a headline writes it.
_TAKING_NOUN_AFTER_RE = re.compile(
    r"^(?:['’]s)?[ \t]+(?:liberation|capture|recapture|seizure|fall|takeover|surrender)\b"
)
_TAKING_TIME_BEFORE_RE = re.compile(
    r"\b(?:after|since|following|before|ahead[ \t]+of|amid)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
# "3 people were killed in the neighbourhood of X by shells fired from Y", "wounded in X by
# regime mortars": the place's own dead are those of ground fire named right after it, not of
# a strike the sentence told before it.
_BY_GROUND_FIRE_AFTER_RE = re.compile(
    r"^(?:[ \t]+(?:city|town|village|district|neighbou?rhood|area))?[ \t]+by[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,2}?"
    rf"(?:{alternation(load('triggers')['ground_weapons'])})\b",
    re.IGNORECASE,
)
# "eastern X could be entirely destroyed within weeks if the strikes go on": a ruin forecast,
# no strike told.
_RUIN_FORECAST_AFTER_RE = re.compile(
    r"^(?:[ \t]+(?:city|town|village|district|neighbou?rhood|area|countryside))?[ \t]+"
    r"(?:could|would|might|may|will)[ \t]+be[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:destroyed|wiped[ \t]+out|flattened|levelled|leveled|razed|reduced[ \t]+to)\b",
    re.IGNORECASE,
)
# "the X district was undamaged": the place's kind may come between its name and its state.
_SPARED_AFTER_RE = re.compile(
    r"^(?:[ \t]+(?:city|town|village|district|neighbou?rhood|quarter|area))?"
    r"(?:[ \t]+itself)?[ \t]+(?:was|were|(?:has|had)[ \t]+been|remained|stayed)[ \t]+"
    r"(?:largely[ \t]+|mostly[ \t]+|relatively[ \t]+)?"
    rf"{alternation(load('triggers')['spared_states'])}\b",
    re.IGNORECASE,
)
# "That leaves X and Y open to bombing": places a deal or a truce leaves to be bombed, the list
# they close allowed before the words; a strike that may come, none told.
_OPEN_TO_AFTER_RE = re.compile(
    r"^(?:(?:,|[ \t]+and|[ \t]+or)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}?){0,3}"
    r"[ \t]+(?:wide[ \t]+)?open[ \t]+to[ \t]+(?:(?:air|aerial|further|more)[ \t]+)?"
    r"(?:bombing|bombardment|strikes|air[ \t]*strikes|raids|attacks?)\b"
)
# "The raids spared X but hit Y", "sparing the town of X": the place the strikes left
# alone, their verb's object; "struck X, not Y as first reported": a place set apart by a
# correction right after a comma.
_SPARED_BEFORE_RE = re.compile(
    r"(?:\b(?:spared|sparing|spares|spare)|,[ \t]+(?:but[ \t]+)?not)[ \t]+"
    # "hit targets near X, not in Y": the place struck set against where it was not.
    r"(?:(?:in|on|at)[ \t]+)?"
    # "spared neighbouring X", "spared the nearby town of X": the place beside those struck.
    r"(?:the[ \t]+)?(?:(?:neighbou?ring|nearby|adjacent)[ \t]+)?"
    r"(?:(?:city|town|village|district|neighbou?rhood)[ \t]+of[ \t]+)?#?$",
    re.IGNORECASE,
)


# "in X - sorry, in Y", "struck X - I'm sorry, Y", "in x sorry in y": a speaker's slip, taken
# back at once for the place meant.
_CORRECTED_AFTER_RE = re.compile(
    r"^(?:[ \t]+(?:city|town|village|province|countryside))?[ \t]*(?:,|--?|[–—])?[ \t]*"
    r"(?:(?:I['’]m|I[ \t]+am)[ \t]+)?(?:sorry|correction|pardon(?:[ \t]+me)?)"
    # The place meant follows, with its preposition or alone: "sorry to say" takes nothing back.
    r"[ \t]*(?:,|--?|[–—])?[ \t]*(?:(?:in|at|near|on|of)[ \t]|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_CORRECTION_WORDS = ("sorry", "correction", "pardon")


# "HADLEY (LIVE): X, the strikes came ...": a transcript's turn opening on the name of the
# one it answers, whom a speaker label names in capitals ("ANCHOR (X Y):", "X Y:").
_TURN_OPENING_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]*$"
)


def _addressed_speaker(text: str, m: Mention) -> bool:
    """Say whether a turn opens on a name, then a comma, that a speaker label gives a person."""
    if not text.startswith(",", m.end):
        return False
    if not _TURN_OPENING_BEFORE_RE.search(text, max(0, m.start - 60), m.start):
        return False
    label = re.compile(
        rf"(?:^|[(\n])[ \t]*{re.escape(m.surface.upper())}[ \t]+[A-Z][A-Z'’-]+[ \t]*[):]"
    )
    return label.search(text) is not None


# "strikes in Iraq, including around X and Y": places another country's name introduces.
_ABROAD_BEFORE_RE = re.compile(
    r"\bin\s+(?:the\s+)?"
    + alternation(load("countries")["names"])
    + r"\b,?\s+(?:including|such\s+as|notably|especially|among\s+them)\s+"
    r"(?:(?:in|around|near|at)\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+){0,2}(?:,\s+|,?\s+(?:and|or)\s+))*$"
)


# "Iraq" on a line of its own over "- Near X, two strikes ..." lines: a strike release's
# section on another country, whose list lines name places there; so is "Strikes in Iraq".
_ABROAD_HEADING_RE = re.compile(
    r"[ \t]*(?:Strikes[ \t]+in[ \t]+)?"
    + alternation(load("countries")["names"])
    + r"[ \t]*:?[ \t]*"
)
_LIST_LINE_RE = re.compile(r"[ \t]*(?:[-–—•*]+|\d{1,2}[.)])[ \t]")
_ABROAD_LIST_OPENING_RE = re.compile(
    r"\b(?:strikes|sorties|missions)\s+in\s+(?:the\s+)?"
    + alternation(load("countries")["names"])
    + r"\b"
)
#: How many list lines above a place its section's heading may lie.
_SECTION_LINES = 40
#: How far before a place its list line may open, and how long a line above may be: the
#: look-back stays bounded, whatever the length of a text without line breaks.
_LIST_OPENING_CHARS = 40
_SECTION_LINE_CHARS = 400


def _under_abroad_heading(text: str, m: Mention) -> bool:
    """Say whether a place lies on a list line of a section headed by another country's name.

    The place may open the line ("- Near X, two strikes ...") or come later in it ("-- Attack
    aircraft conducted 8 strikes in X and Y provinces").
    """
    start = text.rfind("\n", max(0, m.start - _SECTION_LINE_CHARS), m.start) + 1
    if (start == 0 and m.start > _SECTION_LINE_CHARS) or not _LIST_LINE_RE.match(text, start):
        return False
    for _ in range(_SECTION_LINES):
        if start == 0:
            return False
        end = start - 1
        start = text.rfind("\n", max(0, end - _SECTION_LINE_CHARS), end) + 1
        if start == 0 and end > _SECTION_LINE_CHARS:
            return False
        if not text[start:end].strip():
            # A blank line between the section's lines, or under its heading.
            continue
        if not _LIST_LINE_RE.match(text, start, end):
            if _ABROAD_HEADING_RE.fullmatch(text, start, end) is not None:
                return True
            # "Aircraft conducted 17 strikes in Iraq, coordinated with ...:": the line that
            # opens the list under its heading tells the country itself.
            return (
                text[start:end].rstrip().endswith(":")
                and _ABROAD_LIST_OPENING_RE.search(text, start, end) is not None
                and _SYRIAN_GROUND_RE.search(text, start, end) is None
            )
    return False


# "IRAQ" or "Yemen" alone on a line, perhaps over a one-line headline, then a paragraph: a
# news-in-brief item on another country, whose places lie there unless it names Syria or a
# border (a neighbour's jets over Syrian ground).
_ABROAD_BRIEF_HEADING_RE = re.compile(_ABROAD_HEADING_RE.pattern, re.IGNORECASE)
_SYRIAN_GROUND_RE = re.compile(r"\bSyria|\bborder\b", re.IGNORECASE)
#: How long a brief item's paragraph, and the headline over it, may be.
_BRIEF_CHARS = 1200
_BRIEF_HEADLINE_CHARS = 90
#: How many blank lines may set a brief item's heading apart from what it heads.
_BRIEF_BLANK_LINES = 2


# "the Libyan city of X": a place another country's adjective sets in that country.
_ABROAD_KIND_OF_BEFORE_RE = re.compile(
    r"\bthe\s+"
    + alternation(load("countries")["adjectives"])
    + r"\s+(?:city|town|port|village|capital|province|region)\s+of\s+$"
)
# "* In Iraq, coalition jets struck ...": a ticker's sentence opening on another country, its
# name perhaps told as the neighbour it is ("In neighbouring Iraq, ...").
_ABROAD_OPENING_RE = re.compile(
    r"[\s*•–—-]*In\s+(?:the\s+)?(?:(?:neighbou?ring|nearby)\s+)?"
    + alternation(load("countries")["names"])
    + r"\b\s*,"
)
# "struck PKK targets in Iraq's Sinjar and X regions": a place listed after another country's
# possessive lies there as the first of the list does.
_ABROAD_OWNED_LIST_BEFORE_RE = re.compile(
    r"\b"
    + alternation(load("countries")["names"])
    + r"['’]s\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+|,?\s+(?:and|or)\s+)){1,4}$"
)
_ABROAD_OWNED_LIST_CHARS = 160


def _in_abroad_item(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place is set abroad by its country's adjective or its sentence's opening.

    A place listed after another country's possessive ("Iraq's Sinjar and X") lies there too.
    """
    if " of " in ctx.text[max(0, m.start - 6) : m.start] and _ABROAD_KIND_OF_BEFORE_RE.search(
        ctx.text, max(0, m.start - 45), m.start
    ):
        return True
    window = max(0, m.start - _ABROAD_OWNED_LIST_CHARS)
    if "s " in ctx.text[window : m.start] and _ABROAD_OWNED_LIST_BEFORE_RE.search(
        ctx.text, window, m.start
    ):
        return True
    s, e = ctx.sentences[bisect_right(ctx.sentence_starts, m.start) - 1]
    return (
        "In " in ctx.text[s : s + 6]
        and _ABROAD_OPENING_RE.match(ctx.text, s, e) is not None
        and _SYRIAN_GROUND_RE.search(ctx.text, s, e) is None
    )


def _under_abroad_brief(text: str, m: Mention) -> bool:
    """Say whether a place lies in a brief item headed by another country's name alone."""
    start = text.rfind("\n", max(0, m.start - _BRIEF_CHARS), m.start) + 1
    if start < 2:
        return False
    end = text.find("\n", m.end, m.end + _BRIEF_CHARS)
    if _SYRIAN_GROUND_RE.search(text, start, end if end >= 0 else len(text)):
        return False
    headline_skipped = False
    blanks = 0
    while start > 0:
        end = start - 1
        start = text.rfind("\n", max(0, end - _BRIEF_HEADLINE_CHARS), end) + 1
        if start == 0 and end > _BRIEF_HEADLINE_CHARS:
            return False
        if _ABROAD_BRIEF_HEADING_RE.fullmatch(text, start, end):
            return True
        line = text[start:end].rstrip()
        if not line and blanks < _BRIEF_BLANK_LINES:
            # "IRAQ", a blank line, then the item's paragraph: a heading set apart.
            blanks += 1
            continue
        if headline_skipped or not line or line[-1] in ".!?:\"'”":
            return False
        headline_skipped = True
    return False


# "the armies that levelled Hama in 1982": a place named as it was in a year long past.
_PAST_YEAR_AFTER_RE = re.compile(
    r"\s+(?:in|during)\s+(?:(?:early|late|mid-?|[A-Z][a-z]+)\s*)?((?:1[89]|20)\d\d)\b(?!\s*[-–/])"
    # "in the summer of 2013".
    r"|\s+(?:in|during)\s+the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+((?:1[89]|20)\d\d)\b"
)
# "In 2012, regime jets bombed X", "Back in 2014, ...", "In 2014 a barrel bomb destroyed the
# clinic in X" (no comma, a word right after): a sentence told of a year long past.
_PAST_YEAR_OPENING_RE = re.compile(
    r"[\s\"'“‘(]*(?:(?:Back|Already|Even)\s+)?(?:[Ii]n|[Dd]uring)\s+"
    r"(?:(?:early|late|mid-?)\s*|the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?"
    r"((?:19|20)\d\d)(?:\s*,|\s+(?=[A-Za-z]))"
)
#: How many years before a report's publication a year named beside a place is history.
_HISTORY_YEARS = 2
# A summary running from a year long past, up to the place: "since 2011, including ... in".
_SINCE_YEAR_BEFORE_RE = re.compile(r"\b[Ss]ince\s+((?:19|20)\d\d)\b[^.;:()]*$")
# "He joined the teams in 2013, the year the barrel bombs began to fall on X and Y", "in 2012,
# when jets first bombed X": a clause set in apposition to a year long past tells that year.
_PAST_YEAR_APPOSITION_BEFORE_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+((?:19|20)\d\d),\s+(?:the\s+year\b|when\b)[^.;:()]*$"
)


# A count running from the start of a year: "Since the beginning of 2016, the group has
# documented 38 attacks, 27 of them in X and Y": a tally of months, not a strike.
_YEAR_TALLY_RE = re.compile(
    r"\b[Ss]ince\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+|this\s+)?"
    r"(?:year|(?:19|20)\d\d)\b[^.;:()]*$"
)


# The same span told after the place: "documented the death of 37 civilians in X province
# since the beginning of 2016": the place of a count of months, not of a strike.
_YEAR_TALLY_AFTER_RE = re.compile(
    r"\s+(?:(?:province|governorate|countryside|city)\s+)?since\s+the\s+(?:beginning|start)\s+"
    r"of\s+(?:the\s+|this\s+)?(?:year|(?:19|20)\d\d)\b"
)


def _in_year_tally(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place is counted in a tally since the start of a year (its sentence's)."""
    if _YEAR_TALLY_AFTER_RE.match(ctx.text, m.end, m.end + 60) is not None:
        return True
    i = bisect_right(ctx.sentence_starts, m.start) - 1
    s = ctx.sentence_starts[i] if i >= 0 else 0
    if "ince the " not in ctx.text[s : m.start]:
        return False
    return _YEAR_TALLY_RE.search(ctx.text, s, m.start) is not None


# "flown no missions over X", "no sorties at all over X": a place where no strike fell.
_NONE_OVER_BEFORE_RE = re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:missions|sorties|flights|air\s*strikes|strikes|raids|bombing)"
    r"(?:\s+at\s+all)?\s+(?:over|on|in|against|around)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|province)\s+of\s+)?$",
    re.IGNORECASE,
)
_NONE_OVER_WORDS = ("mission", "sortie", "flight", "strike", "raid", "bombing")
# "lists one strike near Y that destroyed a position, and none near X": the strikes counted
# are elsewhere; X is named as where none fell.
_NONE_NEAR_BEFORE_RE = re.compile(
    r"\b(?:and|but|with)\s+none\s+(?:near|in|on|over|around|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|province)\s+of\s+)?$",
    re.IGNORECASE,
)
_FLIGHT_VERBS = load("triggers")["flight_verbs"]
_DIGIT_RE = re.compile(r"\d")
# "had not flown over X", "none of its aircraft have flown over X", "denied its jets had flown
# any missions over X", "no Russian aircraft had flown over X": a place the speaker says no
# aircraft flew over.
_NOT_FLOWN_OVER_BEFORE_RE = re.compile(
    r"\b(?:not|never|n['’]t|none|no|denied|denies|deny|denying)\b(?:\s+[\w'’-]+){0,4}?\s+"
    rf"{alternation(_FLIGHT_VERBS)}(?:\s+(?:any|a\s+single))?"
    r"(?:\s+(?:[\w-]+\s+)?(?:missions|sorties|flights))?\s+(?:over|above|in|near|around)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|province)\s+of\s+)?$",
    re.IGNORECASE,
)

# "... and said the hospital had been destroyed by coalition aircraft": the speaker puts the
# strike on other aircraft, a claim of its own.
_OTHER_STRIKER_AFTER_RE = re.compile(
    r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:aircraft|jets|warplanes|planes|air\s+forces?)\b",
    re.IGNORECASE,
)

# "the Hmeymim airbase" is the launch site Hmeymim.
_BASE_WORD_RE = re.compile(r"\s+(?:air\s*base|airbase|airfield|airport|air\s+field|base)$", re.I)


# "Dumayr air base pilots behind raids on X", "the Hama airport's helicopters": a base named
# for the crews or aircraft it sends out.
_CREWS = r"['’]?s?\s+(?:pilots|crews|squadrons?|jets|warplanes|helicopters|aircraft|bombers)\b"
_CREWS_AFTER_RE = re.compile(_CREWS, re.IGNORECASE)
_BASE_CREWS_AFTER_RE = re.compile(
    r"\s+(?:military\s+)?(?:air\s*base|airbase|airfield|airport|air\s+field)" + _CREWS,
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def _names_launch_site(surface: str) -> bool:
    """Say whether a surface names an air base the strikes are flown from (once per surface)."""
    return letter_key(_BASE_WORD_RE.sub("", surface)) in _LAUNCH_NAMES


_BASE_PLACE_GAP_RE = re.compile(
    r"(?:\s+(?:air\s*base|airbase|airfield|airport|air\s+field|base))?"
    r"(?:\s*,\s*|\s+(?:in|at|near|outside)\s+)(?:the\s+)?(?:(?:province|governorate)\s+of\s+)?",
    re.IGNORECASE,
)
# "X town in", "X in the": what lies between a place and the governorate holding it.
_HOLDER_GAP_RE = re.compile(
    r"(?:\s+(?:town|village|city|area|district|neighbou?rhood))?\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ALIAS_GAP_RE = re.compile(r"\s*\(\s*")
_ALIAS_CLOSE_RE = re.compile(r"\s*\)")
# "the X air base, also known as Y": the place's other name, told after a comma.
_KNOWN_AS_GAP_RE = re.compile(
    r"(?:\s+[\w-]+){0,2}\s*,?\s*(?:also|otherwise|locally|better|commonly)\s+known\s+as"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _is_alias(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention is another name for the place just before it.

    "the countryside of X (Y)", "the X air base, also known as Y": one place,
    named twice.
    """
    i = bisect_left(ctx.mention_starts, m.start)
    if i == 0:
        return False
    previous = ctx.mentions[i - 1]
    if m.start - previous.end < 40 and _KNOWN_AS_GAP_RE.fullmatch(ctx.text, previous.end, m.start):
        return True
    return bool(
        _ALIAS_GAP_RE.fullmatch(ctx.text, previous.end, m.start)
        and _ALIAS_CLOSE_RE.match(ctx.text, m.end)
    )


# "the al-Rahma primary school in X": the name of a school, hospital or mosque that the
# words after it locate in another place. A rights group's list capitalises the kind as part
# of the name ("al-Huda Mosque in the city of X").
_FACILITY_IN_AFTER_RE = re.compile(
    r"[ \t]+(?i:(?:primary|secondary|elementary|high|main|central|field|maternity|children['’]s"
    r"|national|grand|great|old|new)[ \t]+)?(?i:school|hospital|mosque|clinic|bakery|orphanage"
    r"|kindergarten|medical[ \t]+cent(?:er|re)|health[ \t]+cent(?:er|re)|bridge|roundabout)"
    r"[ \t]+(?:in|at)"
    r"[ \t]+(?:the[ \t]+(?:town|village|(?P<city>city)|district|neighbou?rhood)[ \t]+of[ \t]+)?"
)
# "the al-Rahma bakery", "from the al-Nour school": a facility's kind right after the name,
# no holder after it (the sentence's place before it holds the facility).
_FACILITY_KIND_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:primary|secondary|elementary|high|field|maternity)[ \t]+)?"
    r"(?:school|hospital|mosque|clinic|bakery|orphanage|kindergarten|[Bb]ridge|roundabout)s?\b"
)
# "the National Hospital in X": a gazetteer entry named as a facility, then its holder.
_FACILITY_NAME_ENDS = ("school", "hospital", "mosque", "clinic", "bakery")
_HOLDER_AFTER_RE = re.compile(
    r"[ \t]+(?:in|at)[ \t]+"
    r"(?:the[ \t]+(?:town|village|city|district|neighbou?rhood)[ \t]+of[ \t]+)?"
)
#: A place of the facility's name this near (km) the place holding it is where it stands.
_FACILITY_NAME_KM = 30.0
#: The same when the holder is written "the city of X": the facility lies in the city's own
#: bounds, so a place of its name beyond them is another.
_FACILITY_IN_CITY_KM = 10.0
_FACILITY_WORDS = (
    "school",
    "hospital",
    "mosque",
    "clinic",
    "bakery",
    "orphanage",
    "garten",
    "cent",
    "ridge",
    # "raids on the X district, concentrated on the Y roundabout": a square named after a
    # place, inside the struck district.
    "roundabout",
)


def _place_written_before(ctx: _DocContext, m: Mention) -> Mention | None:
    """Return the place written right before a mention, only a space between them."""
    sentence = ctx.sentences[bisect_right(ctx.sentence_starts, m.start) - 1]
    before = _mentions_in(ctx, sentence[0], m.start)
    if before and before[-1].end < m.start and not ctx.text[before[-1].end : m.start].strip(" \t"):
        return before[-1]
    return None


def _names_facility(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a facility that another town or district holds.

    "the al-Rahma primary school in X", "the al-Iman mosque in the town of X": the
    name is the school's or the mosque's, X the place struck, when no place of that
    name lies near X. A governorate after "in" ("the Atareb hospital in Aleppo
    province"), or a place near X of the name ("the Bab al-Nairab school in
    Aleppo"), leaves the name a place.
    """
    after = ctx.text[m.end : m.end + 70].lower()
    own = m.surface.lower().endswith(_FACILITY_NAME_ENDS)
    if not own and not any(w in after for w in _FACILITY_WORDS):
        return False
    found = _FACILITY_IN_AFTER_RE.match(ctx.text, m.end)
    if found is None and own:
        found = _HOLDER_AFTER_RE.match(ctx.text, m.end)
    if found is None and own:
        named_for = _place_written_before(ctx, m)
        if named_for is not None:
            # "the X National Hospital": a facility named after the town written before it
            # is that town's, wherever a facility of the same bare name stands.
            return bool(
                named_for.candidates
                and named_for.candidates[0].precision in ("town", "neighbourhood")
                and not _is_admin(ctx, named_for)
            )
    city = square = False
    if found is not None:
        holder = _mention_at(ctx, found.end())
    elif kind := _FACILITY_KIND_AFTER_RE.match(ctx.text, m.end):
        # No holder after the kind: the place named last before it in its sentence.
        # A roundabout is a square of a city's streets: it lies within the city's bounds.
        city = square = "roundabout" in kind.group()
        sentence = ctx.sentences[bisect_right(ctx.sentence_starts, m.start) - 1]
        before = _mentions_in(ctx, sentence[0], m.start)
        if not before and square:
            # "the strikes hit a street near the X roundabout", its sentence naming no place:
            # the square lies in the city the sentences before it told of.
            before = _mentions_in(ctx, max(0, sentence[0] - 400), sentence[0])
        holder = before[-1] if before else None
    else:
        return False
    # "the al-Rashid Bridge in the city of X": the city's bounds hold it, and the city
    # written so is no governorate.
    if found is not None:
        city = "city" in found.re.groupindex and bool(found.group("city"))
    if (
        holder is None
        or holder.surface == m.surface
        or not holder.candidates
        or holder.candidates[0].precision not in ("town", "neighbourhood")
        or (_is_admin(ctx, holder) and not city)
    ):
        return False
    from geo.geocode.gazetteer import haversine_km

    at = holder.candidates[0]
    # A roundabout lies in the streets of the city district holding it; a town holding it
    # may be read before the context settles which town it is, so the wider bound stays.
    city = city and (not square or at.precision == "neighbourhood")
    km = _FACILITY_IN_CITY_KM if city else _FACILITY_NAME_KM
    return all(haversine_km(p.lat, p.lon, at.lat, at.lon) > km for p in m.candidates)


# "the X truce shaken", "the X ceasefire": a truce named after its place, no strike there.
_TRUCE_NAMED_AFTER_RE = re.compile(
    r"\s+(?:truce|cease-?fire|hudna|reconciliation\s+(?:deal|agreement))\b", re.IGNORECASE
)
# "the ministry's briefing did not mention X", "made no mention of X": a place left out.
_UNMENTIONED_BEFORE_RE = re.compile(
    r"\b(?:not|never|no)\s+(?:even\s+)?mention(?:ed|s)?\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:city|town|village|province)\s+of\s+)?#?$",
    re.IGNORECASE,
)
# ", another strike hit", ", a Russian raid on": a strike noun opening the words after a comma.
_STRIKE_OPENING_GAP_RE = re.compile(
    r",\s+(?:another|an?|one|two|three|several|more)\s+(?:[\w'’-]+\s+)?", re.IGNORECASE
)


# "Meanwhile, north of X, jets struck positions near Y": aircraft and their strike word
# after a comma are a clause's subject and verb, no apposition describing X. So are aircraft
# whose side is hedged between them and the verb ("X, while warplanes believed to be Russian
# struck the outskirts of Y", "jets, thought to be Syrian, hit ...").
_AIRCRAFT_OPENING_GAP_RE = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,2}?(?:war\s?planes?|jets?|aircraft|planes?|helicopters?|bombers?"
    r"|drones?)"
    r"(?:,?\s+(?:believed|thought|said|reported|understood|presumed|suspected)\s+to\s+be"
    r"(?:\s+(?:both|either))?\s+[\w'’-]+(?:\s+(?:and|or)\s+[\w'’-]+)?,?)?\s+",
    re.IGNORECASE,
)


# "Bombers, flying from the X airbase near Y, carried out 30 sorties over Z": the subject's
# own verb of flying or carrying out strikes after the comma goes on with the sentence.
_CARRIED_OUT_OPENING_GAP_RE = re.compile(
    r",\s+(?:carried\s+out|conducted|flew|made|performed|staged|launched)\s+"
    r"(?:(?:more\s+than|over|about|some|nearly|almost|at\s+least)\s+)?(?:[\w'’-]+\s+){0,2}?",
    re.IGNORECASE,
)


# "Regime jets, taking off from the X airport, also struck the outskirts of Y": the strike
# verb right after the comma closing an aside is the sentence's own verb, its object after
# it, no words describing the place the aside named ("X, struck on Monday," is).
_VERB_OPENING_GAP_RE = re.compile(
    r",\s+(?:(?:also|then|later|again|further|subsequently|reportedly)\s+)?", re.IGNORECASE
)
_VERB_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:the|a|an|its|their|several|multiple|at\s+least|\d)\b", re.IGNORECASE
)


def _strike_opens_after_comma(ctx: _DocContext, comma: int, end: int) -> bool:
    """Say whether a strike word, after an article, opens the words from ``comma`` to ``end``.

    So it does after aircraft as its subject ("..., jets struck positions near Y"), after
    a verb of carrying strikes out ("..., carried out 30 sorties over the outskirts of Y"),
    and as the sentence's own verb, its object after it ("..., also struck the outskirts of
    Y").
    """
    first = _in_range(ctx.triggers, comma, end)
    if not first:
        return False
    return (
        _STRIKE_OPENING_GAP_RE.fullmatch(ctx.text, comma, first[0].start) is not None
        or _AIRCRAFT_OPENING_GAP_RE.fullmatch(ctx.text, comma, first[0].start) is not None
        or _CARRIED_OUT_OPENING_GAP_RE.fullmatch(ctx.text, comma, first[0].start) is not None
        or (
            _VERB_OPENING_GAP_RE.fullmatch(ctx.text, comma, first[0].start) is not None
            and _VERB_OBJECT_AFTER_RE.match(ctx.text, first[0].end) is not None
        )
    )


# ", which was itself hit by ...", ", which had itself been bombed": a clause telling the place
# before it struck in its turn.
_ITSELF_STRUCK_AFTER_RE = re.compile(
    r",\s+(?:which|that)\s+(?:was|were|had|has)\s+(?:been\s+)?itself\s+(?:been\s+)?"
    r"(?:hit|struck|bombed|targeted|raided)\b"
)


# "X (Y sub-district)": the administrative area in brackets after a place only locates it, a
# strike told elsewhere at Y's own town keeping its event.
_BRACKET_OPEN_BEFORE_RE = re.compile(r"[\w'’]\s*\(\s*$")
_BRACKETED_DISTRICT_AFTER_RE = re.compile(r"\s+(?:sub-?)?districts?\s*\)", re.IGNORECASE)


# "a market in X's neighbouring village of Y": the place owning its neighbour only locates
# the one named after it.
_NEIGHBOUR_OF_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \t]+(?:neighbou?ring|nearby|adjacent|sister)[ \t]+"
    r"(?:village|town|city|hamlet|settlement)[ \t]+of[ \t]+(?=[A-Z])"
)


def _owns_its_neighbour(text: str, m: Mention) -> bool:
    """Say whether a place is written as the owner of its neighbour ("X's nearby town of Y")."""
    if not (m.surface.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), m.end)):
        return False
    return _NEIGHBOUR_OF_AFTER_RE.match(text, m.end) is not None


# "hit a post near A and a fortified position outside X": a second thing struck, joined to
# the first by "and" and named right before "outside", lies at the edge of X, as the first
# lies near A; "Outside X, jets struck A" alone tells of elsewhere than X. "strikes on A and
# on the road just outside X": the second thing may keep the preposition of the first.
_THING_BEFORE_OUTSIDE_RE = re.compile(
    r"\band\s+(?:(?:also|then)\s+)?(?:(?:on|in|at)\s+)?(?:a|an|the|its|their)\s+"
    r"(?:[\w'’-]+\s+)?[a-z][\w'’-]*\s+(?:(?:just|right|immediately)\s+)?$"
)


def _served_by_facility(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a mention names a place a facility struck earlier in its sentence served.

    Parameters
    ----------
    ctx : _DocContext
        The document's context.
    m : Mention
        The place mention.

    Returns
    -------
    bool
        True for "the station of Y, which supplies X": X is no struck place.
    """
    lo = max(0, m.start - 130)
    window = ctx.lower[lo : m.start]
    if not any(cue in window for cue in _SERVED_CUES):
        return False
    sentence = ctx.sentences[bisect_right(ctx.sentence_starts, m.start) - 1]
    # The leftmost cue may be a facility's own word ("the pumping station of Y, which
    # supplies X"): a later cue with a place before it serves as well.
    while (served := _SERVED_BY_FACILITY_BEFORE_RE.search(ctx.text, lo, m.start)) is not None:
        if _mentions_in(ctx, sentence[0], served.start()):
            return True
        lo = served.start() + 1
    return False


# "X, the rebel-controlled part of Y city", "X, the old quarter of the city of Y": the part
# of the city a place named before the comma is, told by its holder, its side or its age.
_CITY_PART_APPOSITION_BEFORE_RE = re.compile(
    r"[A-Z][\w'’-]*\s*,\s+the\s+(?:(?:\w+-(?:held|controlled)|besieged|old)\s+){0,2}"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?(?:part|half|side|quarter)\s+of\s+"
    r"(?:the\s+city\s+of\s+)?$"
)


def _city_of_part_before(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a city is named as what the place named right before it is part of."""
    if " of" not in ctx.text[max(0, m.start - 25) : m.start]:
        return False
    found = _CITY_PART_APPOSITION_BEFORE_RE.search(ctx.text, max(0, m.start - 90), m.start)
    return found is not None and _names_place_at(ctx, found.start())


def _sentence_opening(ctx: _DocContext, m: Mention) -> int:
    """Return where the sentence holding mention ``m`` starts."""
    return ctx.sentences[_sentence_at(ctx, m.start + 1) - 1][0]


def _role(ctx: _DocContext, m: Mention, previous: tuple[Mention, str] | None) -> str:
    """Say what a mention is in its sentence: struck, reference, launch, foreign, ...

    The checks run in order, each stage a function of its own, and the first to
    name a role decides; a mention none of them places falls to the words after it
    (:func:`geo.extract.references._role_after`).
    """
    role = _role_by_name_and_clauses(ctx, m) or _role_beside_previous(ctx, m, previous)
    if role is not None:
        return role
    text = ctx.text
    before = text[max(0, m.start - 70) : m.start]
    lower_before = ctx.lower[m.start - len(before) : m.start]
    role = _role_by_words_before(ctx, m, before, lower_before) or _role_in_history(ctx, m, before)
    if role is not None:
        return role
    after = text[m.end : m.end + 40]
    return (
        _role_by_words_around(ctx, m, before, lower_before, after)
        or _role_of_people_and_movers(ctx, m, before, lower_before, after)
        or _role_by_kind_words(ctx, m, previous, before, after)
    )


# "..., bringing the day's toll across X to at least 36", "raising the death toll in X this
# week to 80": the area a running toll is summed over is no place of the strike just told.
_RUNNING_TOLL_BEFORE_RE = re.compile(
    r"\b(?:bringing|brought|raising|raised|taking|took|pushing|pushed|putting|put)\s+"
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:toll|tally|total|count)\s+"
    r"(?:in|across|for|of|throughout|over)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_RUNNING_TOLL_AFTER_RE = re.compile(
    r"(?:\s+(?:province|countryside|city|area|region))?(?:\s+(?:this|that|on|since|so)"
    r"(?:\s+[\w'’-]+){1,2}?)?\s+to\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+"
    r"|over\s+|some\s+)?\d",
    re.IGNORECASE,
)


def _role_by_name_and_clauses(ctx: _DocContext, m: Mention) -> str | None:
    """Return the role a mention's own name, its neighbours or a clause after it give, or None."""
    text = ctx.text
    if _is_foreign(m) or _under_abroad_heading(text, m) or _under_abroad_brief(text, m):
        return "foreign"
    if _in_abroad_item(ctx, m):
        return "foreign"
    if _city_of_part_before(ctx, m):
        # The place before the comma is the struck part; the city only holds it, and stays
        # the struck place only when the sentence names no other.
        return "container"
    if "which" in text[m.end : m.end + 120] or "where" in text[m.end : m.end + 120]:
        relative = _STRUCK_BY_RELATIVE_AFTER_RE.match(text, m.end, m.end + 240)
        if relative is not None and not (
            relative["passive"]
            and (
                not _PASSIVE_RIGHT_AFTER_RE.match(text, m.end)
                or _BETWEEN_ENDS_BEFORE_RE.search(text, max(0, m.start - 80), m.start)
            )
        ):
            # "the road between X and Y, where a car was hit": the passive's place is the road
            # the two places bound, not its end; and it tells of the one place right before it.
            return "candidate"
    if "there" in text[m.end : m.end + 160] and _STRUCK_THERE_AFTER_RE.match(
        text, m.end, m.end + 160
    ):
        return "candidate"
    if _NOT_A_PLACE_AFTER_RE.match(text, m.end):
        return "reference"
    if (
        "to" in text[m.end : m.end + 40]
        and _RUNNING_TOLL_BEFORE_RE.search(text, max(0, m.start - 80), m.start)
        and _RUNNING_TOLL_AFTER_RE.match(text, m.end)
    ):
        return "reference"
    if _owns_its_neighbour(text, m):
        return "reference"
    if _TRUCE_NAMED_AFTER_RE.match(text, m.end):
        return "reference"
    if "mention" in ctx.lower[max(0, m.start - 45) : m.start] and _UNMENTIONED_BEFORE_RE.search(
        text, max(0, m.start - 45), m.start
    ):
        return "reference"
    if _SPANNED_WATER_BEFORE_RE.search(text, max(0, m.start - 30), m.start):
        return "reference"
    if _served_by_facility(ctx, m):
        return "reference"
    if _THROUGH_BEFORE_RE.search(text, max(0, m.start - 20), m.start) and _CROSSING_AFTER_RE.match(
        text, m.end
    ):
        return "reference"
    if _OUTLET_NAME_BEFORE_RE.search(text, max(0, m.start - 8), m.start):
        return "reference"
    if _addressed_speaker(text, m):
        return "reference"
    if (
        text[max(0, m.start - 6) : m.start].rstrip(" \t").endswith(_HEARER_WORDS)
        and _HEARER_BEFORE_RE.search(text, max(0, m.start - 8), m.start)
        and _HEARER_CLOSE_AFTER_RE.match(text, m.end)
    ):
        return "reference"
    if (
        text[max(0, m.start - 4) : m.start] == "the "
        and _HEARER_THE_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
        and _HEARER_CLOSE_AFTER_RE.match(text, m.end)
    ):
        return "reference"
    if (
        " as " in ctx.lower[max(0, m.start - 60) : m.start]
        and _CAPTIONED_AS_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
        and _CAPTION_WRONG_AFTER_RE.match(text, m.end)
    ):
        return "reference"
    if (
        "caption" in ctx.lower[max(0, m.start - 60) : m.start]
        and _CAPTIONED_QUOTE_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
        and (
            _CAPTION_WRONG_AFTER_RE.match(text, m.end) or _CAPTION_DENIED_NEXT_RE.match(text, m.end)
        )
    ):
        return "reference"
    if (
        "from " in ctx.lower[max(0, m.start - 110) : m.start]
        and _SPEAKER_FROM_LOCATED_BEFORE_RE.search(text, max(0, m.start - 110), m.start)
        and _ACCORDING_TO_SEATED_AFTER_RE.match(text, m.end)
    ):
        # "speaking by phone from X, just across the provincial line in Y, said ...": Y only
        # tells where the speaker's place lies.
        return "reference"
    if (
        "from " in ctx.lower[max(0, m.start - 70) : m.start]
        and _FROM_SPEAKS_OF_THERE_AFTER_RE.match(text, m.end, m.end + 120)
        and _FROM_BEFORE_RE.search(text, max(0, m.start - 70), m.start)
    ):
        return "container"
    if (
        "from " in ctx.lower[max(0, m.start - 70) : m.start]
        and _FROM_SPEAKS_OF_TOWN_PART_AFTER_RE.match(text, m.end, m.end + 120)
        and _SPEAKERS_FROM_OPENING_RE.fullmatch(
            text,
            ctx.sentence_starts[max(0, bisect_right(ctx.sentence_starts, m.start) - 1)],
            m.start,
        )
    ):
        return "container"
    if _is_alias(ctx, m):
        return "reference"
    if _BRACKET_OPEN_BEFORE_RE.search(text, max(0, m.start - 6), m.start) and (
        _BRACKETED_DISTRICT_AFTER_RE.match(text, m.end)
    ):
        return "reference"
    if _is_dateline(ctx, m):
        # A container: it stays the struck place only when the sentence names no other.
        return "container"
    if _names_facility(ctx, m):
        return "reference"
    if "overlook" in ctx.lower[max(0, m.start - 50) : m.start] and _overlooked_by_place(ctx, m):
        return "reference"
    if (
        text[max(0, m.start - 3) : m.start] == "In "
        and text[_sentence_opening(ctx, m) : m.start].strip() == "In"
        and _SIDE_STRUCK_AFTER_RE.match(text, m.end)
        and _parts_named_next(ctx, m)
    ):
        # "In X, jets kept up their bombardment of the rebel-held east." then "Strikes hit
        # the A and B districts": the city opening the sentence only holds its side, whose
        # districts are named next.
        return "reference"
    if (
        " as " in ctx.lower[max(0, m.start - 50) : m.start]
        and _AS_SUBJECT_BEFORE_RE.search(text, max(0, m.start - 50), m.start)
        and _WAITS_AFTER_RE.match(text, m.end)
    ):
        return "reference"
    if _ITSELF_STRUCK_AFTER_RE.match(text, m.end):
        # "brought to the hospital in X, which was itself hit by barrel bombs": whatever the
        # words before it make of X, the clause after it tells X struck.
        return "candidate"
    if (
        "where" in text[m.end : m.end + 100]
        and _WHERE_STRUCK_AFTER_RE.match(text, m.end)
        and not _NEAR_BEFORE_RE.search(text, max(0, m.start - 70), m.start)
    ):
        # "a wave of wounded arrived from X, a village in the hills, where a raid destroyed
        # two houses": X is where the strike fell, whatever the words before it (not the Y
        # of "X, a village west of Y, where ...", which only locates X).
        return "candidate"
    if _names_launch_site(m.surface):
        return "launch"
    if (_BASE_WORD_RE.search(m.surface) and _CREWS_AFTER_RE.match(text, m.end)) or (
        text.startswith((" air", " military"), m.end) and _BASE_CREWS_AFTER_RE.match(text, m.end)
    ):
        return "launch"
    return None


def _role_beside_previous(
    ctx: _DocContext, m: Mention, previous: tuple[Mention, str] | None
) -> str | None:
    """Return the role the place named just before a mention gives it, or None."""
    text = ctx.text
    if (
        previous is not None
        and previous[1] == "launch"
        and _BASE_PLACE_GAP_RE.fullmatch(text, previous[0].end, m.start)
    ):
        # "its Hmeimim air base in Latakia province": where the base is, not a target.
        return "launch"
    if (
        previous is not None
        and previous[1] == "reference"
        and _HOLDER_GAP_RE.fullmatch(text, previous[0].end, m.start)
        and governorate_of(m.surface)
        and not _names_facility(ctx, previous[0])
    ):
        # "in the direction of X town in Homs countryside": the governorate only places X,
        # which is no struck place; it is none either (a facility named before its town,
        # "the National Hospital in X", is a reference only to give way to the town).
        return "reference"
    return None


# "X at the entrance of Y", "X town at the southern gate of the city of Y": where a named place
# lies, told by the way into another.
_PLACE_AT_ENTRANCE_BEFORE_RE = re.compile(
    r"\s+(?:at|on|by)\s+the\s+(?:[\w-]+\s+)?(?:entrances?|gates?)\s+(?:of|to)\s+"
    r"(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)


def _role_by_words_before(
    ctx: _DocContext, m: Mention, before: str, lower_before: str
) -> str | None:
    """Return the role the 70 characters before a mention give it (``before``), or None."""
    text = ctx.text
    if " fighting " in lower_before and _fighters_placed(ctx, m):
        return "reference"
    if ("entrance" in lower_before or "gate" in lower_before) and (
        entrance := _PLACE_AT_ENTRANCE_BEFORE_RE.search(before)
    ):
        # "the town of X at the north-western entrance of Y city": X lies at Y's way in, and Y
        # only locates it (the entrance struck with no place before it is Y's own ground).
        at = m.start - len(before) + entrance.start()
        if _names_place_at(ctx, at - 1):
            return "reference"
    if " used " in before and _GROUND_WEAPON_USED_BEFORE_RE.search(before):
        return "reference"
    if (" which " in before or " where " in before or "whence" in lower_before) and (
        _SHELLED_FROM_CLAUSE_BEFORE_RE.search(before)
    ):
        return "reference"
    if "suppl" in lower_before and _SUPPLIED_PLACE_BEFORE_RE.search(before):
        return "reference"
    if ", which " in before and _WHICH_LIES_BEFORE_RE.search(before):
        return "reference"
    if ", which " in before and _WHICH_HOLDS_OR_FIGHTS_BEFORE_RE.search(before):
        return "reference"
    if (
        any(v in lower_before for v in ("holds", "controls", "held", "controlled", " hold "))
        and _SIDE_HOLDS_BEFORE_RE.search(before)
        and not _RELATIVE_AFTER_RE.match(text, m.end, m.end + 60)
    ):
        return "reference"
    window = ctx.lower[m.end : m.end + 120]
    if (" not " in window or "n't " in window or " never " in window or " yet to " in window) and (
        _UNREACHED_AFTER_RE.match(text, m.end, m.end + 120)
    ):
        return "reference"
    if " between " in ctx.lower[max(0, m.start - 160) : m.start] and (
        _LIES_BETWEEN_BEFORE_RE.search(text, max(0, m.start - 160), m.start)
    ):
        return "reference"
    if ("down" in before or "crash" in before) and _DOWNED_BEFORE_RE.search(before):
        return "reference"
    if (
        any(w in lower_before for w in ("name", "call", "descri", "brand", "label", "designat"))
        and _NAMED_AS_BEFORE_RE.search(before)
        and _NAMED_AS_AFTER_RE.match(text, m.end, m.end + 120)
    ):
        return "reference"
    if (" is " in before or " lies " in before or " sits " in before or " stands " in before) and (
        _LIES_DISTANCE_BEFORE_RE.search(before)
    ):
        return "reference"
    if any(w in before for w in (" official", " source", " officer")) and (
        (
            _SEATED_OFFICIAL_BEFORE_RE.search(before)
            and _SEATED_OFFICIAL_AFTER_RE.match(text, m.end, m.end + 100)
        )
        or (
            _ACCORDING_TO_SEATED_BEFORE_RE.search(before)
            and _ACCORDING_TO_SEATED_AFTER_RE.match(text, m.end, m.end + 30)
        )
    ):
        # "A government official in X, who asked not to be named, denied ...": the seat of
        # one who speaks for the government, not for the place.
        return "reference"
    if "now " in before and _NOW_LIVING_IN_BEFORE_RE.search(before):
        return "reference"
    # Each pattern below runs only where a word it needs is in the left context.
    if (
        "includ" in before
        or "such" in before
        or "notabl" in before
        or "especial" in before
        or "among" in before
    ) and _ABROAD_BEFORE_RE.search(before):
        return "foreign"
    if (
        "no" in lower_before
        and any(w in lower_before for w in _NONE_OVER_WORDS)
        and _NONE_OVER_BEFORE_RE.search(before)
    ):
        return "reference"
    if "none" in lower_before and _NONE_NEAR_BEFORE_RE.search(before):
        return "reference"
    if "aid" in before and _AID_REACHED_BEFORE_RE.search(before):
        return "reference"
    if any(w in before for w in _STOPPED_CONVOY_WORDS) and _CONVOY_STOPPED_BEFORE_RE.search(before):
        return "reference"
    if ("buses" in before or "coaches" in before) and _BUSED_TO_BEFORE_RE.search(before):
        return "reference"
    if ("sources" in before or "source " in before) and _FIRE_SOURCES_BEFORE_RE.search(before):
        lo = max(0, m.start - 300)
        s0 = max(lo, text.rfind(".", lo, m.start) + 1)
        if not _AIR_BEFORE_RE.search(text, s0, m.start):
            return "reference"
    if "took" in before and _FIGHTERS_TOOK_BEFORE_RE.search(before):
        return "reference"
    if any(w in before for w in _HOLD_WORDS) and _HOLD_MADE_FIRM_BEFORE_RE.search(before):
        return "reference"
    if ("fter" in before or "ollowing" in before) and (
        _AFTER_ATTACK_BEFORE_RE.search(before)
        or (_AFTER_BEFORE_RE.search(before) and _ATTACK_NOUN_AFTER_RE.match(text, m.end))
    ):
        # "after Khan Touman attack", as a headline writes it: an earlier attack's place.
        return "reference"
    if (
        any(verb in before for verb in _FLIGHT_VERBS)
        and _NOT_FLOWN_OVER_BEFORE_RE.search(before)
        and not _OTHER_STRIKER_AFTER_RE.search(
            text, m.end, ctx.sentences[_sentence_at(ctx, m.start + 1) - 1][1]
        )
    ):
        return "reference"
    return None


def _role_in_history(ctx: _DocContext, m: Mention, before: str) -> str | None:
    """Return ``reference`` for a place told with a year long past (``_HISTORY_YEARS``), or None."""
    text = ctx.text
    past = _PAST_YEAR_AFTER_RE.match(text, m.end, m.end + 30)
    if (
        past is not None
        and int(past.group(1) or past.group(2)) <= ctx.doc.published.year - _HISTORY_YEARS
    ):
        return "reference"
    opens = _sentence_opening(ctx, m)
    if _DIGIT_RE.search(text, opens, opens + 40):
        opening = _PAST_YEAR_OPENING_RE.match(text, opens, m.start)
        if opening is not None and int(opening.group(1)) <= ctx.doc.published.year - _HISTORY_YEARS:
            return "reference"
    since = _SINCE_YEAR_BEFORE_RE.search(before) if "ince" in before else None
    if since is not None and int(since.group(1)) <= ctx.doc.published.year - _HISTORY_YEARS:
        # "documented attacks since 2011, including the bombing of hospitals in X": history.
        return "reference"
    if ", the year" in text[opens : m.start] or ", when" in text[opens : m.start]:
        apposed = _PAST_YEAR_APPOSITION_BEFORE_RE.search(text, opens, m.start)
        if apposed is not None and int(apposed.group(1)) <= ctx.doc.published.year - _HISTORY_YEARS:
            return "reference"
    if _in_year_tally(ctx, m):
        return "reference"
    return None


def _role_by_words_around(
    ctx: _DocContext, m: Mention, before: str, lower_before: str, after: str
) -> str | None:
    """Return the role the words on both sides give (a place's body or speaker, a home), or None."""
    text = ctx.text
    if after.startswith(",") and _OFFICIALDOM_SPEAKS_AFTER_RE.match(text, m.end):
        opens = _sentence_opening(ctx, m)
        if _IN_OPENING_RE.fullmatch(text, opens, m.start):
            return "reference"
    if (
        "rotest" in before or "emonstrat" in before or "archers" in before
    ) and _PROTEST_DEED_AFTER_RE.match(text, m.end):
        opens = _sentence_opening(ctx, m)
        if _PROTESTERS_IN_OPENING_RE.fullmatch(text, opens, m.start):
            return "reference"
    if (
        _BASED_AFTER_RE.search(after)
        or _BODY_NAME_OPENING_BEFORE_RE.search(before[-12:])
        or (_LOWER_UNIT_AFTER_RE.match(after) and _THE_RIGHT_BEFORE_RE.search(before[-8:]))
        or _names_road(before, after, m.surface)
        or _STREET_AFTER_RE.match(after)
        or _GOVERNMENT_AFTER_RE.search(after)
        or _ACCORD_AFTER_RE.search(after)
        or (
            before.rstrip().endswith(("with", "on", "over", " or", " and"))
            and _DEALING_BEFORE_RE.search(before) is not None
        )
        or (_OPERATION_AFTER_RE.search(after) and _THE_BEARING_BEFORE_RE.search(before))
        or ("offensive" in before and _OFFENSIVE_BEARING_BEFORE_RE.search(before))
        or _SPARED_AFTER_RE.search(after)
        or (" open to " in after[:60] and _OPEN_TO_AFTER_RE.match(after))
        or (any(w in after.lower() for w in _CORRECTION_WORDS) and _CORRECTED_AFTER_RE.match(after))
        or (("spar" in before or "not" in before) and _SPARED_BEFORE_RE.search(before))
        or _RUIN_FORECAST_AFTER_RE.search(after)
        or (" by " in after[:18] and _BY_GROUND_FIRE_AFTER_RE.search(after))
        or (" " in after[:4] and _FELL_AFTER_RE.search(after))
        or (_TAKING_NOUN_AFTER_RE.match(after) and _TAKING_TIME_BEFORE_RE.search(before))
        or (" who " in before and _LEADER_IN_BEFORE_RE.search(before))
        or ("position" in before and _FROM_POSITIONS_BEFORE_RE.search(before))
    ):
        return "reference"
    if any(w in before for w in _TARGET_OWN_FIRE_WORDS) and _TARGET_OWN_FIRE_BEFORE_RE.search(
        before
    ):
        return "reference"
    fight = text[max(0, m.start - _TARGET_OWN_FIGHT_CHARS) : m.start]
    if "fighting" in fight and _TARGET_OWN_FIGHT_BEFORE_RE.search(fight):
        # "pressuring rebels who have been fighting militants in the X basin, round the towns
        # of Y and Z": where the target's people have been fighting, not where a strike fell.
        return "reference"
    if (
        any(w in before for w in _TARGET_OWN_DEED_WORDS)
        and _TARGET_OWN_DEED_BEFORE_RE.search(before)
        and _opens_on_place_before(ctx, m)
    ):
        # "Near the settlement of X, a depot supplying the militants attacking Y was
        # destroyed": Y is what the target's fighters were doing, the strike X's.
        return "reference"
    if " up " in before and _WHO_GREW_UP_IN_BEFORE_RE.search(
        text, max(0, m.start - _SPEAKER_HOME_CHARS), m.start
    ):
        # "said Dr. Y, ..., who grew up in X": the speaker's home before the words he speaks
        # of, never the place of a strike his words tell.
        return "reference"
    if (
        ("where" in after and _RESIDENT_AFTER_RE.search(after))
        or (" who " in before and _RESIDENT_BEFORE_RE.search(before))
        or (
            ("orn " in before or " up " in before or "raised " in before)
            and _BORN_IN_BEFORE_RE.search(before)
        )
        or (
            ("now" in before or "currently" in before)
            and _NOW_RESIDENT_BEFORE_RE.search(before) is not None
        )
        or (_CARE_AFTER_RE.search(after) and _CARE_IN_BEFORE_RE.search(before))
        or (any(w in before for w in _CARER_WORDS) and _CARERS_IN_BEFORE_RE.search(before))
        or (
            any(w in before for w in _GROUP_ACTIVE_WORDS)
            and _GROUP_ACTIVE_IN_BEFORE_RE.search(before)
        )
        or ("since" in after and _STATE_SINCE_AFTER_RE.search(after))
        or (
            ("according" in before or " in " in before or "orrespondent" in before)
            and _SPEAKERS_LOCATED_BEFORE_RE.search(before)
        )
        or ((", which" in before or ", who" in before) and _HABIT_CLAUSE_BEFORE_RE.search(before))
        or (
            _PEOPLE_NAMED_FOR_AFTER_RE.match(after) is not None
            and _PEOPLE_NAMED_FOR_BEFORE_RE.search(before) is not None
        )
    ):
        # "the village next to X, where I grew up", "my sister, who lives in X", "born in
        # X": someone's home; "our clinic in X received 30 wounded", "the surgeon was in
        # X": where victims were taken and cared for; "X has been closed since jets struck
        # Y": a state of X since a strike elsewhere. The struck place only when the sentence
        # names no other ("bombs fell on X, where my aunt still lives").
        return "container"
    if (
        "spokes" in before
        and _SAY_AFTER_RE.search(after)
        and _BARE_SPOKESMAN_IN_BEFORE_RE.search(before)
    ):
        # "A spokesman in X said the army was targeting ...": the seat a government speaks
        # from, named for no one of the place.
        return "reference"
    if (
        _SAY_AFTER_RE.search(after)
        or (", in " in after and _SAY_AFTER_RE.search(text[m.end : m.end + 100]))
    ) and (
        (("of" in before or "in " in before) and _BODY_OF_BEFORE_RE.search(before))
        or _SPEAKERS_IN_BEFORE_RE.search(before)
        or ("of" in before and _PEOPLE_OF_BEFORE_RE.search(before))
    ):
        # "The local council of X said bombs fell on the town", "Activists in X said", "the
        # local coordination committee in X said" (the regex reads "in" as "of"): the
        # place's own body or people speak, not its government. It stays the struck place
        # only when the sentence names no other.
        return "container"
    if "local" in after[:12].lower() and _LOCAL_BODY_AFTER_RE.search(after):
        # "X's local council says helicopters bombed the town": the place's own body, as
        # "the local council of X said".
        return "container"
    if _PLACE_BODY_AFTER_RE.match(after):
        # "..., according to the X local council": the body named by its place speaks; the
        # place stays the struck one only when the sentence names no other.
        return "container"
    if _SPEAKER_AFTER_RE.search(after):
        return "foreign"
    if _PAIR_SPEAKS_AFTER_RE.match(after) and _PAIR_OPENS_BEFORE_RE.search(before):
        return "foreign"
    if _JUDGING_AFTER_RE.match(after) and not _PREPOSITION_BEFORE_RE.search(before):
        return "foreign"
    if ", the " in before and _GROUP_SEAT_BEFORE_RE.search(before):
        return "reference"
    if " of " in before and _ALLIANCE_GROUND_BEFORE_RE.search(before):
        return "reference"
    if (
        "camp" in before
        and _CAMPS_OF_DISPLACED_BEFORE_RE.search(before)
        and not _CAMP_STRUCK_BEFORE_RE.search(before)
    ):
        return "reference"
    if (
        any(w in before for w in _CARE_PLACE_WORDS) or "who " in before
    ) and _TAKEN_TO_CARE_BEFORE_RE.search(before):
        return "reference"
    if (
        ("wounds" in before or "injuries" in before)
        and _EARLIER_WOUNDS_BEFORE_RE.search(before)
        and not _DAY_AFTER_RE.match(after)
    ):
        return "reference"
    if _CARE_NAMED_AFTER_RE.match(text, m.end) and _TAKEN_TO_PLACE_CARE_BEFORE_RE.search(before):
        return "reference"
    return None


def _role_of_people_and_movers(
    ctx: _DocContext, m: Mention, before: str, lower_before: str, after: str
) -> str | None:
    """Return the role of a place people or convoys move from, to or stay in, or None."""
    text = ctx.text
    # The movers may be named well before where they go: "families from the villages of X
    # and Y are fleeing towards Z"; where they come from is not struck either when they are
    # told staying at the place struck ("where families from X had been sleeping").
    wide = text[max(0, m.start - 140) : m.start]
    if (
        ("displaced" in wide or "evacuated" in wide)
        and _DISPLACED_SHELTERING_BEFORE_RE.search(wide)
        and not _HIT_THERE_AFTER_RE.match(text, m.end, m.end + 80)
    ):
        return "reference"
    people = _PEOPLE_NAMED_AFTER_RE.match(text, m.end)
    sheltered = _PEOPLE_OF_SHELTERED_BEFORE_RE.search(before) if people else None
    if (
        people is not None
        and sheltered is not None
        and (
            # After "where", the people must be told staying there, not speaking.
            not sheltered.group("where")
            or _STAYING_AFTER_RE.match(text, people.end(), people.end() + 60)
        )
    ):
        return "reference"
    if any(w in wide.lower() for w in _MOVERS) and (
        _PEOPLE_LEFT_FOR_BEFORE_RE.search(wide)
        or _MOVERS_DRIVEN_TO_BEFORE_RE.search(wide)
        or _MOVERS_ARRIVED_BEFORE_RE.search(wide)
        or ("arrival" in wide and _MOVERS_ARRIVAL_BEFORE_RE.search(wide))
        or (
            _MOVERS_FROM_BEFORE_RE.search(before)
            and (
                _LEAVING_AFTER_RE.match(text, m.end, m.end + 80)
                or _STAYING_AFTER_RE.match(text, m.end, m.end + 60)
                or _CAME_THERE_AFTER_RE.match(text, m.end, m.end + 60)
            )
        )
    ):
        return "reference"
    if any(w in lower_before for w in _CONVOY_WORDS) and (
        (
            _CONVOY_FROM_BEFORE_RE.search(before)
            and _GOING_TO_AFTER_RE.match(text, m.end, m.end + 60)
        )
        or _CONVOY_BOUND_FOR_BEFORE_RE.search(before)
    ):
        return "reference"
    if "since" in lower_before and _COMPARED_SINCE_BEFORE_RE.search(
        text, max(0, m.start - 160), m.start
    ):
        return "reference"
    if (
        any(w in lower_before for w in _RELOCATION_WORDS)
        and _RELOCATED_FROM_BEFORE_RE.search(before)
        and _GOING_TO_AFTER_RE.match(text, m.end, m.end + 60)
    ):
        return "reference"
    if (
        any(w in lower_before for w in _WITHDRAWAL_WORDS)
        and (withdrawn := _WITHDRAWN_TO_BEFORE_RE.search(before)) is not None
        # "forced to withdraw from X after days of heavy air strikes": the ground given up
        # under the strikes told after it is where they fell.
        and not (
            (" from " in withdrawn.group() or " of " in withdrawn.group())
            and _UNDER_STRIKES_AFTER_RE.match(text, m.end, m.end + 80)
        )
        and not (
            " out of " in withdrawn.group() and _BY_AIR_AFTER_RE.match(text, m.end, m.end + 80)
        )
    ):
        return "reference"
    if any(w in lower_before for w in _TIME_CLAUSE_WORDS) and _MOVERS_LEAVE_AS_BEFORE_RE.search(
        before
    ):
        return "reference"
    if _FALLS_AFTER_RE.match(text, m.end, m.end + 20) and _TIME_OPENING_BEFORE_RE.search(
        text, max(0, m.start - 40), m.start
    ):
        # "Jets strike Islamic State after X falls": a clause of time whose subject is the
        # place that fell on the ground.
        return "reference"
    if " way " in lower_before and _ON_THE_WAY_BEFORE_RE.search(before):
        # "hitting an ambulance on its way back from X": where the vehicle came from.
        return "reference"
    if "family" in before and _FAMILY_OF_BEFORE_RE.search(before):
        # "4 children from the family of X": a family's name, not a place.
        return "reference"
    if (" was " in before or " were " in before) and _speaker_was_in(text, before, m.end):
        return "reference"
    if _FAMILY_AFTER_RE.match(text, m.end, m.end + 12) and _THE_RIGHT_BEFORE_RE.search(before):
        return "reference"
    if any(w in before for w in _TRADE_WORDS) and _TRADE_OF_BEFORE_RE.search(before):
        return "reference"
    if ", " in before and _PLACE_NOUN_RE.search(before):
        kind_of = _KIND_OF_PLACE_BEFORE_RE.search(before)
        if kind_of is not None and _names_place_at(ctx, m.start - len(before) + kind_of.start()):
            # "X, the largest town of the Y plain": Y locates X, named before it.
            return "container"
    if _in_push_clause(ctx, m):
        return "reference"
    if " under " in after[:40] and _UNDER_GROUND_FIRE_AFTER_RE.match(after):
        return "reference"
    if " than " in before and _COMPARED_BEFORE_RE.search(before):
        return "reference"
    if any(w in lower_before for w in _AID_WORDS) and _AID_DELIVERED_BEFORE_RE.search(before):
        return "reference"
    if "confirm" in lower_before and _UNCONFIRMED_STRIKE_BEFORE_RE.search(before):
        return "reference"
    if " who " in lower_before and _WHO_FIRE_ON_BEFORE_RE.search(before):
        return "reference"
    if ("nothing" in lower_before or "no " in lower_before) and _NO_SIGN_OF_STRIKE_BEFORE_RE.search(
        before
    ):
        return "reference"
    if "compar" in lower_before and _COMPARED_WITH_BEFORE_RE.search(before):
        return "reference"
    if " in " in before and _LEADING_GROUP_IN_BEFORE_RE.search(before):
        return "reference"
    if (" like " in before or " as " in before or " to " in before) and _LIKENED_BEFORE_RE.search(
        before
    ):
        return "reference"
    if ("tent" in before or "camp" in before or "shelter" in before) and _SHELTER_BEFORE_RE.search(
        before
    ):
        return "reference"
    if ("attack" in lower_before or "assault" in lower_before) and (
        _GROUND_SIDE_ATTACK_BEFORE_RE.search(before)
    ):
        return "reference"
    return None


def _role_by_kind_words(
    ctx: _DocContext, m: Mention, previous: tuple[Mention, str] | None, before: str, after: str
) -> str:
    """Return the role the kinds of word before a mention give (launch, truce, nearness, ...)."""
    text = ctx.text
    # One scan for the words the patterns below need; each runs only if its words are there.
    kinds: set[str] = set()
    for w in _role_words(ctx, max(0, m.start - 70), m.start):
        kinds.update(_ROLE_WORD_KINDS.get(w.label, (w.label,)))
    if not kinds:
        return _role_after(ctx, m, previous, after, before)
    if "near" in kinds and "launch" in kinds and _DISTANCE_FROM_BEFORE_RE.search(before):
        # "Jets struck a convoy 5 km from X": a distance from X locates the strike by X, as
        # "5 km south of X" does; X is no place the aircraft came from.
        kinds.discard("launch")
    if "launch" in kinds and _LAUNCH_BEFORE_RE.search(before):
        return "launch"
    if "launch" in kinds and _FIRE_CAME_FROM_BEFORE_RE.search(before):
        return "launch"
    if "launch" in kinds and (
        _MOVED_FROM_BEFORE_RE.search(before)
        or _FROM_BEFORE_RE.search(before)
        or _SPEAKING_FROM_BEFORE_RE.search(before)
        or _WHO_IS_FROM_BEFORE_RE.search(before)
        or _DEFECTED_FROM_BEFORE_RE.search(before)
        or _ATTACKED_FROM_BEFORE_RE.search(before)
        or _FILMED_FROM_BEFORE_RE.search(before)
        or _SEEN_FROM_BEFORE_RE.search(before)
    ):
        return "reference"
    if "truce" in kinds and _TRUCE_BEFORE_RE.search(before):
        return "reference"
    if ("ground" in kinds or "meeting" in kinds) and _struck_on_their_way(ctx, m, before):
        return "near"
    if "ground" in kinds and _GROUND_OBJECTIVE_BEFORE_RE.search(before):
        return "reference"
    if "meeting" in kinds and _FLED_FROM_BEFORE_RE.search(before):
        if _FLED_SPEAKING_AFTER_RE.match(text, m.end, m.end + 80):
            # "Residents fleeing X for the border said jets had struck the town": the
            # place's own people speak of it, as "residents of X said".
            return "container"
        return "reference"
    if (
        "meeting" in kinds
        and _MEETING_BEFORE_RE.search(before)
        # The verb may come before a first object ("hit a hospital in Y and a school ..."):
        # a wider look back than ``before``.
        and not _SHELTER_STRUCK_BEFORE_RE.search(text, max(0, m.start - 140), m.start)
        and not (
            _SHELTER_SUBJECT_BEFORE_RE.search(before)
            and _PASSIVE_STRUCK_AFTER_RE.match(text, m.end)
        )
        and not _DWELLINGS_OF_DISPLACED_BEFORE_RE.search(before)
        and not _MEETING_STRUCK_BEFORE_RE.search(before)
        and not (
            ("carr" in before or "transp" in before) and _VEHICLE_LOAD_IN_BEFORE_RE.search(before)
        )
        and not ("camp" in before and _CAMP_STRUCK_BEFORE_RE.search(before))
    ) or ("speaker" in kinds and _SPEAKER_BEFORE_RE.search(before)):
        return "foreign"
    if (
        "reference" in kinds
        and _REFERENCE_BEFORE_RE.search(before)
        and not _LINKED_TO_A_BANK_AFTER_RE.match(text, m.end)
    ):
        return "near" if _AREA_BETWEEN_BEFORE_RE.search(before) else "reference"
    # "the road out of X": a road word and "out of", neither a word of nearness.
    near = (
        _NEAR_BEFORE_RE.search(before)
        if "near" in kinds or ("reference" in kinds and "launch" in kinds)
        else None
    )
    if near is None and "suburbs" in kinds and governorate_of(m.surface):
        near = _SUBURBS_BEFORE_RE.search(before)
    if near is not None and _PART_OF_BEFORE_RE.search(before) and _is_admin(ctx, m):
        # "positions in the west of X province": a part of the governorate, inside it.
        return "candidate"
    if (
        near is not None
        and _NEAR_THE_RE.search(before)
        and _OWN_BUILDING_AFTER_RE.match(text, m.end, m.end + 40)
    ):
        # "a barrel bomb fell near the X municipal building": the building is X's own, named
        # by its town before it; the strike fell in X.
        return "candidate"
    if (
        near is not None
        and "areas" in near.group()
        and _AREAS_OF_BEFORE_RE.search(before)
        and _areas_of_a_governorate(ctx, m)
    ):
        # "IS facilities in the areas of Raqqa and Deir ez-Zor": areas of a governorate hold
        # the places named; they are not beside them.
        return "candidate"
    if near is not None:
        return _role_near(ctx, m, previous, before, after, near)
    if (
        "container" in kinds
        and _PLURAL_OF_BEFORE_RE.search(before)
        and not _is_neighbourhood_name(m)
        and _parts_named_next(ctx, m)
    ):
        # "pounded rebel-held districts of Aleppo. ... struck the A and B neighborhoods":
        # the city only locates the districts named next.
        return "reference"
    if "container" in kinds and (
        (
            _PLURAL_OF_BEFORE_RE.search(before)
            and not _is_neighbourhood_name(m)
            and _parts_named_before(ctx, m)
        )
        or (
            (governorate_of(m.surface) or _is_town(m))
            and _CITY_OF_BEFORE_RE.search(before)
            and _parts_named_before(ctx, m)
        )
    ):
        return "container"
    return _role_after(ctx, m, previous, after, before)


# "in the areas of X and Y": the plural with the places named straight after it.
_AREAS_OF_BEFORE_RE = re.compile(r"\b(?:in|on)\s+the\s+areas\s+of\s+$", re.IGNORECASE)
# The joint between two places of a list: ", ", ", and ", " and ".
_LIST_JOINT_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _areas_of_a_governorate(ctx: _DocContext, m: Mention) -> bool:
    """Say whether the list "the areas of" opens on ``m`` is of a governorate's areas.

    "In the areas of X and Y" names the area round each place ("near"), unless one of the
    list is a governorate ("in the areas of Raqqa and Deir ez-Zor"): a governorate's areas
    are its own ground and hold what was struck. A governorate named after the list ("in
    the areas of X and Y in Z province") only locates the towns, whose areas stay beside them.
    """
    last = m
    for _ in range(8):
        if governorate_of(last.surface):
            return True
        nxt = _mentions_in(ctx, last.end + 1, last.end + 12)
        if not nxt or not _LIST_JOINT_RE.match(ctx.text[last.end : nxt[0].start]):
            break
        last = nxt[0]
    return False


# "struck columns of the terrorists advancing on X": the attackers' participle right after
# what was struck. A convoy "moving towards" or "heading for" X may be far from it, and is not.
_ON_THEIR_WAY_BEFORE_RE = re.compile(
    r"\b(?:advancing|pushing|marching)\s+(?:" + _DIRECTION + r"(?:wards?)?\s+)?"
    r"(?:on|towards?|into)\s+(?:the\s+)?(?:(?:ancient\s+)?(?:city|town|village|settlement)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)


# "struck the town as families were heading for X": a clause of its own between, whose movers
# the strike did not hit.
_CLAUSE_BETWEEN_RE = re.compile(r"\b(?:as|while|when|were|was|are|is|who|which|that)\b", re.I)


def _struck_on_their_way(ctx: _DocContext, m: Mention, before: str) -> bool:
    """Say whether ``m`` is the place the fighters a strike hit were advancing on, its only one.

    "Aircraft struck columns and positions of the ISIL terrorists advancing on X": what was
    hit was attacking X, and X, the sentence's only place, locates the strike (``near``).
    A place before it in the sentence locates the strike instead ("Near Y, jets struck a
    column advancing on X"), but not a dateline's, which says where the copy was filed
    ("MOSCOW, May 3 - Aircraft struck columns ... advancing on X"), and ground forces of the
    subject ("troops advancing on X") strike nothing.
    """
    way = _ON_THEIR_WAY_BEFORE_RE.search(before)
    if way is None:
        return False
    move = m.start - len(before) + way.start()
    struck = _STRUCK_MOVERS_BEFORE_RE.search(ctx.text, max(0, move - 90), move)
    if struck is None or _CLAUSE_BETWEEN_RE.search(struck.group()):
        return False
    opening = _sentence_opening(ctx, m)
    return all(
        _is_area(ctx, other) or _is_dateline(ctx, other)
        for other in _mentions_in(ctx, opening, m.start)
    )


def _names_finer_place_at(ctx: _DocContext, pos: int) -> bool:
    """Say whether a place named at ``pos`` is a finer place than a setting or a province."""
    return _names_place_at(ctx, pos) and not _is_setting(ctx, pos) and not _province_at(ctx, pos)


# ", a town north of", ", an area east of": an apposition opening on the indefinite article
# describes the name before its comma.
_DESCRIBED_SETTING_RE = re.compile(r",[ \t]*an?[ \t]")


# "rebels who have been fighting militants in X", "fighters who are fighting ISIS round X":
# a relative clause telling the ongoing fight of the people named, up to a clause's length.
_TARGET_OWN_FIGHT_BEFORE_RE = re.compile(
    r"\b(?:who|that|which)\s+(?:ha(?:ve|s|d)\s+been|are|is|were|was)\s+fighting\s[^.;:]{0,90}$",
    re.IGNORECASE,
)
#: How far before a place the relative clause of the target's own fight may open.
_TARGET_OWN_FIGHT_CHARS = 150


def _role_near(
    ctx: _DocContext,
    m: Mention,
    previous: tuple[Mention, str] | None,
    before: str,
    after: str,
    near: re.Match[str],
) -> str:
    """Return the role of a mention after a word of nearness (``near``, found in ``before``)."""
    text = ctx.text
    cue = m.start - len(before) + near.start()
    move = _GROUND_MOVE_BEFORE_RE.search(text, max(0, cue - 40), cue)
    if (
        move is not None
        and not _STRUCK_AS_THEY_BEFORE_RE.search(text, max(0, move.start() - 60), move.start())
        and not (
            text[move.start() : move.end()].split()[0].lower().endswith("ing")
            and _STRUCK_MOVERS_BEFORE_RE.search(text, max(0, move.start() - 90), move.start())
        )
    ):
        # "troops pushed north of X": X locates a ground advance, not a strike.
        return "reference"
    apposition = _APPOSITION_BEFORE_RE.search(text, max(0, cue - 90), cue)
    if apposition is None and any(c.isdigit() for c in text[max(0, cue - 18) : cue]):
        apposition = _DISTANCE_APPOSITION_BEFORE_RE.search(text, max(0, cue - 150), cue)
    if (
        apposition is not None
        and (
            _names_finer_place_at(ctx, apposition.start())
            # "In X, a rocky plateau north-east of Y, jets carried out 14 raids": words after
            # the setting's comma opening on "a" describe the setting itself, which Y locates.
            or (
                _DESCRIBED_SETTING_RE.match(text, apposition.start() + apposition.group().find(","))
                is not None
                and _is_setting(ctx, apposition.start())
                and _names_place_at(ctx, apposition.start())
                and not _province_at(ctx, apposition.start())
            )
        )
        # "on the road to X, near the Y crossing": X only orients the road; Y, not X, is
        # what the cue locates the strike by.
        and not (
            _NEAR_CUE_RE.match(text, cue)
            and _ROAD_END_BEFORE_RE.search(
                text, max(0, apposition.start() - 30), apposition.start()
            )
        )
        # "positions southwest of X, near Y": X is the bearing's reference, and Y the
        # finer place the strike was close to.
        and not (
            _NEAR_CUE_RE.match(text, cue)
            and _BEARING_REFERENCE_BEFORE_RE.search(
                text, max(0, apposition.start() - 30), apposition.start()
            )
        )
        # "as the fighting spread towards X, another strike hit a hospital on the edge of
        # Y": a strike opening the words after the comma opens a clause, no description.
        and not _strike_opens_after_comma(
            ctx, apposition.start() + apposition.group().find(","), cue
        )
        and not _LISTED_TARGET_AFTER_COMMA_RE.match(
            text, apposition.start() + apposition.group().find(",")
        )
    ):
        return "reference"
    if apposition is not None and _province_at(ctx, apposition.start()):
        setting = _SET_APPOSITION_BEFORE_RE.search(text, max(0, cue - 150), cue)
        if setting is not None and _names_finer_place_at(ctx, setting.start()):
            return "reference"
    if _locates_place_before(ctx, cue):
        return "reference"
    finer = (
        _NEAR_NAMED_AFTER_RE.match(text, m.end)
        if _BEARING_REFERENCE_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        else None
    )
    if finer is not None and _names_place_at(ctx, finer.end()):
        # "positions southwest of X, near Y": the bearing's X only orients the finer Y.
        return "reference"
    if _locates_unknown_setting(ctx, cue):
        return "reference"
    if _fronted_reference(ctx, cue, m):
        return "reference"
    if _locates_places_named_next(ctx, m, before):
        return "reference"
    if (
        _CITY_SIDE_BEFORE_RE.search(before)
        and not _is_neighbourhood_name(m)
        and _parts_named_next(ctx, m)
    ):
        # The city only holds the districts its sentence or the next names.
        return "reference"
    if _STRUCK_THE_TOWN_AFTER_RE.match(text, m.end):
        # "captured the hills overlooking X after Russian airstrikes on the town": the
        # strikes fell on X itself, the ground taken beside it.
        return _role_after(ctx, m, previous, after, before)
    if near.group().lower().startswith("outside") and not _THING_BEFORE_OUTSIDE_RE.search(
        before, 0, near.start()
    ):
        return "outside"
    return "near"


# "Y, overlooking the X airport", "Y, which overlooks X": a clause after a named place that
# only tells what the place looks down on.
_OVERLOOKING_BEFORE_RE = re.compile(
    r"[\"'”’]?\s*,\s+(?:overlooking|(?:which|that)\s+overlooks?)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+-held|besieged)\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)


# "Jets hit X as Y waits for aid", "... as the besieged town of Y awaits a convoy": a clause
# whose subject is a place that waits, braces or starves tells what goes on there, no strike.
_AS_SUBJECT_BEFORE_RE = re.compile(
    r"\bas\s+(?:the\s+)?(?:(?:besieged|starving|[\w-]+-held)\s+)?"
    r"(?:(?:town|city|village|suburb|enclave)\s+of\s+)?$",
    re.IGNORECASE,
)
_WAITS_AFTER_RE = re.compile(
    r"\s+(?:still\s+)?(?:waits?|awaits?|waiting|starves?|starving|hungers?|braces?|bracing)\b",
    re.IGNORECASE,
)


# ", ... their bombardment of the rebel-held east": a city's side struck, told after it.
_SIDE_STRUCK_AFTER_RE = re.compile(
    r",\s+[^.;:]{0,100}?\b(?:bombardment|bombing|pounding|strikes|raids|air\s+campaign)"
    r"\s+(?:of|on)\s+(?:the\s+)?(?:[\w-]+-held\s+|besieged\s+)?"
    r"(?:east|west|north|south)(?:ern\s+(?:part|half|side|districts|neighbou?rhoods))?\b",
    re.IGNORECASE,
)


def _overlooked_by_place(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place is only what a named place before it overlooks ("Y, overlooking X").

    Y is the struck height or village; X, what it looks down on, only locates it.
    """
    i = bisect_left(ctx.mention_starts, m.start) - 1
    if i < 0:
        return False
    previous = ctx.mentions[i]
    return (
        previous.end < m.start
        and _OVERLOOKING_BEFORE_RE.fullmatch(ctx.text, previous.end, m.start) is not None
    )


def _role_words(ctx: _DocContext, lo: int, hi: int) -> list[_Span]:
    """Return the role words lying wholly in ``ctx.lower[lo:hi]``.

    They are found once for the sentence holding ``hi`` and the 70 characters before it,
    so that a list of many places is scanned once, not once per place.
    """
    index = _sentence_at(ctx, hi + 1) - 1
    if index < 0 or hi - lo > 70 or hi > ctx.sentences[index][1]:
        return _find(_ROLE_WORDS_RE, ctx.lower, lo, hi)
    found = ctx.role_words.get(index)
    if found is None:
        s, e = ctx.sentences[index]
        spans = _find(_ROLE_WORDS_RE, ctx.lower, max(0, s - 70), e)
        found = ctx.role_words[index] = _SpanList(spans, [w.start for w in spans])
    return [w for w in _in_range(found, lo, hi) if w.end <= hi]


def _fighters_placed(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place only locates people fighting there, named before any strike word.

    "representatives of groups fighting near X and Y had passed on the coordinates of
    targets ... before being struck": X and Y place the groups, not the strikes.
    """
    if not _FIGHTING_BEFORE_RE.search(ctx.text, max(0, m.start - 120), m.start):
        return False
    start = ctx.sentence_starts[bisect_right(ctx.sentence_starts, m.start) - 1]
    return not _in_range(ctx.triggers, start, m.start)


def _in_push_clause(ctx: _DocContext, m: Mention) -> bool:
    """Say whether a place lies in a clause of ground forces pressing on, with no strike in it.

    "Helicopters bombed X on Tuesday, as the army pushed to seal off pockets of
    insurgents in Y": Y is where the ground forces fight, not a struck place; so is
    ", the same day on which troops bombed a school in Y with shells", and ", which
    militants had used to supply their units defending Y".
    """
    lo = max(0, m.start - 160)
    window = ctx.lower[lo : m.start]
    if any(w in window for w in _GROUND_FIRE_WORDS):
        shelling = _SHELLING_CLAUSE_BEFORE_RE.search(ctx.text, lo, m.start)
        if shelling is not None and not _in_range(ctx.triggers, shelling.end("verb"), m.start):
            return True
    if " with " in ctx.lower[m.end : m.end + 60] and _GROUND_WEAPON_AFTER_RE.match(
        ctx.text, m.end, m.end + 60
    ):
        fire = _GROUND_FIRE_CLAUSE_BEFORE_RE.search(ctx.text, lo, m.start)
        if fire is None and "terrorist" in window:
            fire = _TERRORISTS_FIRE_BEFORE_RE.search(ctx.text, lo, m.start)
        if fire is not None and not _in_range(ctx.triggers, fire.end("verb"), m.start):
            return True
    if ", which " in window and _USE_CLAUSE_BEFORE_RE.search(ctx.text, lo, m.start):
        return True
    if ", where " in window or ", whose " in window:
        where = _WHERE_GROUND_CLAUSE_BEFORE_RE.search(ctx.text, lo, m.start)
        if (
            where is not None
            and not _in_range(ctx.triggers, where.start(), m.start)
            and not _area_before(ctx, where.start())
        ):
            return True
    if not any(w in window for w in _PUSH_CLAUSE_WORDS):
        return False
    clause = _PUSH_CLAUSE_BEFORE_RE.search(ctx.text, lo, m.start)
    return clause is not None and not _in_range(ctx.triggers, clause.start(), m.start)


# "Jets struck these villages on Monday: A, B and C": the list names what was struck.
_LIST_OPENING_RE = re.compile(
    r":\s+(?:the\s+)?#?"
    # "struck two targets: a command post near X, a depot in Y and a column near Z": a list of
    # things each located by its place, a few words naming the thing before the place.
    r"(?P<thing>(?:an?|one|two|three|four|five)\s+(?:[\w'’-]+\s+){1,4}?(?:near|in|at|outside)\s+"
    r"(?:the\s+(?:settlement|village|town)\s+of\s+)?)?"
)
# ... the list going on with another thing so located ("a man in X, a teacher, said" is none).
_THINGS_GO_ON_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:an?|one|two|three|four|five)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:near|in|at|outside)\s"
)
# After the first name, another: a list, not a heading's one answer ("Heaviest hit: X."). The
# first name may carry its locator in brackets ("the following communities: X (Y sub-district),
# Z (W sub-district) and ...").
_LIST_GOES_ON_RE = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s*(?:,|and\b|#)")


def _with_listed_places(
    ctx: _DocContext, clauses: list[tuple[int, int]], active: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Add to the active clauses a list of places a colon opens after an active clause."""
    out = list(active)
    for before, clause in itertools.pairwise(clauses):
        if before not in out or clause in out:
            continue
        opening = _LIST_OPENING_RE.match(ctx.text, clause[0], clause[1])
        if opening is None:
            continue
        first = _mention_at(ctx, opening.end())
        goes_on = _LIST_GOES_ON_RE if opening["thing"] is None else _THINGS_GO_ON_RE
        if first is not None and goes_on.match(ctx.text, first.end, clause[1]):
            out.append(clause)
    return out


def _with_more_strikes(
    ctx: _DocContext, clauses: list[tuple[int, int]], active: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Add to the active clauses one that counts more of the strikes told before.

    "It carried out 11 strikes near X on Sunday, destroying ..., and six more on Saturday
    near X and Y": the count goes on with the strike word of the clause before.
    """
    out = list(active)
    for before, clause in itertools.pairwise(clauses):
        if before in out and clause not in out and MORE_STRIKES_RE.match(ctx.text, *clause):
            out.append(clause)
    return out


_ELLIPTIC_CLAUSE_RE = re.compile(r"\s*" + ELLIPTIC_STRIKE, re.IGNORECASE)


def _with_elliptic_strikes(
    ctx: _DocContext, clauses: list[tuple[int, int]], active: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Add to the active clauses one that tells a strike with the verb of the clause before.

    "Jets struck a column near X, as did helicopters near Y": Y's clause leaves out the
    strike word it shares with X's.
    """
    out = list(active)
    for before, clause in itertools.pairwise(clauses):
        if before in out and clause not in out and _ELLIPTIC_CLAUSE_RE.match(ctx.text, *clause):
            out.append(clause)
    return out


# "destroyed a depot near X and a camp in Y; in Hama province, a command post near Z": after a
# semicolon, a listed target with no verb of its own goes on with the verb of the clause before.
_GAPPED_TARGET_RE = re.compile(
    r";\s*(?:in\s+[^,;:.]{1,40},\s*)?(?:an?|one|two|three|four|five|several|\d+)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{alternation(load('triggers')['listed_targets'])})"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s+(?:in|at|near|around|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+)?(?:(?:town|village)\s+of\s+)?",
    re.IGNORECASE,
)
_LISTED_TARGET_RE = re.compile(
    rf"\b(?:{alternation(load('triggers')['listed_targets'])})\b", re.IGNORECASE
)


def _with_gapped_targets(
    ctx: _DocContext, clauses: list[tuple[int, int]], active: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Add to the active clauses the targets a semicolon lists after an active clause's own.

    "the bombers destroyed a headquarters near X; in Hama province, a command post near
    Y": the second clause leaves out the verb of the first, whose strike it goes on with.
    """
    out = list(active)
    for before, clause in itertools.pairwise(clauses):
        if before not in out or clause in out:
            continue
        if not _LISTED_TARGET_RE.search(ctx.text, before[0], before[1]):
            continue
        gapped = _GAPPED_TARGET_RE.match(ctx.text, clause[0], clause[1])
        if gapped is not None and _mention_at(ctx, gapped.end()) is not None:
            out.append(clause)
    return out


# "In Idlib countryside, a drone targeted a car on the road between X and Y": the road's
# ends locate the strike more finely than the area opening the sentence, which is its setting.
_ROAD_BETWEEN_RE = re.compile(
    r"\b(?:road|highway)\s+(?:between|linking|connecting)\s+(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities)\s+of\s+)?[A-Z#]",
)


def _struck_places(
    ctx: _DocContext, s: int, e: int, mentions: list[Mention], triggers: list[_Span]
) -> tuple[list[tuple[Mention, str]], list[Mention]]:
    """Split a strike sentence's mentions into struck places and containers (hints).

    Struck places come with their relation to the strike: "in", or "near"
    for a reference point locating a strike ("an ISIS roadblock near Maarrat
    al-Nuuman", "a workshop north of Homs"), unless it only locates another
    named place ("Sukayk, north-east of Hama"), or it is "outside X" beside
    places struck in the same clause ("Outside Hama, jets are striking in
    Idlib": elsewhere than Hama).
    """
    clauses = _sentence_clauses(ctx, s, e)
    starts = sorted(t.start for t in triggers)
    active = [c for c in clauses if bisect_left(starts, c[1]) > bisect_left(starts, c[0])]
    if len(active) < len(clauses):
        active = _with_listed_places(ctx, clauses, active)
    if len(active) < len(clauses) and " more " in ctx.text[s:e]:
        active = _with_more_strikes(ctx, clauses, active)
    if len(active) < len(clauses) and " as " in ctx.lower[s:e]:
        active = _with_elliptic_strikes(ctx, clauses, active)
    if len(active) < len(clauses) and ";" in ctx.text[s:e]:
        active = _with_gapped_targets(ctx, clauses, active)
    if len(active) < len(clauses) and any(
        w in ctx.text[s:e] for w in (" it", " the town", " the village")
    ):
        active = _with_its_holder(ctx, clauses, active, mentions, triggers)
    if len(active) < len(clauses):
        active = _with_victims_before(ctx, clauses, active, mentions, triggers)
    if len(active) < len(clauses) and (s == 0 or ctx.text[s - 1] == "\n"):
        active = _with_place_day_label(ctx, s, e, clauses, active)
    if len(active) < len(clauses) and "; #" in ctx.text[s:e]:
        active = _with_hashtag_labels(ctx, s, e, clauses, active)
    if len(active) < len(clauses) and ":" in ctx.text[s:e]:
        active = _with_thing_in_place_label(ctx, s, e, clauses, active)
    roles: list[tuple[Mention, str]] = []
    previous: tuple[Mention, str] | None = None
    retold = _labels_told_again(ctx, mentions)
    for m in mentions:
        role = "reference" if m.start in retold else _role(ctx, m, previous)
        if role in ("candidate", "near", "outside") and not any(
            c[0] <= m.start < c[1] for c in active
        ):
            role = "inactive"
        roles.append((m, role))
        previous = (m, role)
    if len(roles) > 0:
        roles = _drop_unstruck(ctx, s, e, clauses, roles, triggers)
    candidates = [m for m, r in roles if r == "candidate"]
    finer = [m for m in candidates if not _is_area(ctx, m)]
    finer_near = [m for m, r in roles if r in ("near", "outside") and not _is_area(ctx, m)]
    containers = [m for m, r in roles if r == "container"]
    struck: list[tuple[Mention, str]] = []
    # Only the finer place right before a name can be contained by it ("X in Idlib"),
    # so each name looks at one place, not at the whole list.
    finer_starts = [f.start for f in finer]
    both = sorted(finer + finer_near, key=lambda f: f.start)
    both_starts = [f.start for f in both]
    unstruck_before = _areas_locating_unstruck(ctx, roles)
    for k, m in enumerate(candidates):
        i = bisect_left(finer_starts, m.start) - 1
        j = bisect_left(both_starts, m.start) - 1
        before = finer[i] if i >= 0 else None
        before_any = both[j] if j >= 0 else None
        if (
            m.start not in unstruck_before
            and _is_admin(ctx, m)
            and (
                (finer and _struck_apart(ctx, m, finer, triggers))
                or (finer and _city_listed_with_towns(ctx, m, finer, triggers))
                or ((finer or finer_near) and _province_apart(ctx, m, both))
                or (finer and _listed_province_apart(ctx, m, finer))
            )
        ):
            # "Jets struck X on Saturday, and in Z helicopters bombed Y": X groups none
            # of the finer places and is struck in its own right.
            struck.append((m, _relation(ctx, m)))
            continue
        if (
            m.start in unstruck_before
            or (finer and _is_admin(ctx, m))
            # "the X region of northern Y Province": the governorate only locates the region.
            or (
                k > 0
                and _is_admin(ctx, m)
                and _is_region(candidates[k - 1])
                and _contains(ctx, m, candidates[k - 1])
            )
            # "in Latakia's X" (X a region): the governorate owning the region only locates
            # it, as it locates a town it owns.
            or (
                k + 1 < len(candidates)
                and _is_admin(ctx, m)
                and _is_region(candidates[k + 1])
                and _owns_next(ctx, m)
            )
            or (before is not None and _holds_neighbourhood(ctx, m, before))
            or _owns_its_neighbourhood(ctx, m)
            or (before is not None and _holds_district(ctx, m, before))
            or _opens_on_its_city(ctx, m, s, finer)
            or (finer and _countryside_holds(ctx, m, s, finer))
            or (
                _is_area(ctx, m)
                and _opens_sentence(ctx, m, s)
                and _ROAD_BETWEEN_RE.search(ctx.text, m.end, e) is not None
            )
            or (
                (finer or finer_near)
                and _is_area(ctx, m)
                and (
                    _opens_sentence(ctx, m, s)
                    or (before_any is not None and _contains(ctx, m, before_any))
                    # "The council of X, in the Y region, said": the region of a speaking town.
                    or any(c.end <= m.start and _contains(ctx, m, c) for c in containers)
                    or _owns_next(ctx, m)
                    or _continues_containers(ctx, m, containers)
                    or (
                        bisect_left(both_starts, m.start) < len(both_starts)
                        and _holds_settlements(ctx, m)
                    )
                )
            )
        ):
            # "In Homs province, near al-Qaryatayn, jets struck ...": the finer place wins.
            containers.append(m)
        else:
            struck.append((m, _relation(ctx, m)))
    near = [(m, r) for m, r in roles if r in ("near", "outside")]
    if near:
        struck, containers = _add_near(ctx, active, struck, containers, near)
    if len(struck) > 1:
        struck = _drop_located_plurals(ctx, s, struck)
    if struck and containers and all(_is_area(ctx, m) for m, _ in struck):
        struck, containers = _speaking_town_struck(ctx, e, struck, containers)
    if not struck:
        taken = _taken_then_struck(ctx, roles, triggers)
        if taken is not None:
            return [(taken, "in")], containers
        # "barrel bombs on the neighbourhoods of Douma": the container is all there is.
        struck = [(m, "in") for m, r in roles if r == "container"]
        containers = []
    if len(struck) == 1 and struck[0][1] == "in":
        m = struck[0][0]
        edge = _EDGE_OF_THE_TOWN_RE.search(ctx.text, m.end, e)
        if (
            edge is not None
            and not _KIND_APPOSITION_RE.fullmatch(ctx.text, m.end, edge.start())
            and not (
                _is_neighbourhood_name(m)
                and _PLACE_APPOSITION_RE.fullmatch(ctx.text, m.end, edge.start())
                and _CITY_WORD_RE.match(ctx.text, edge.start())
            )
            and not _INNER_PART_BEFORE_RE.search(ctx.text, max(s, m.start - 30), m.start)
            and not _GROUND_FIGHT_BEFORE_RE.search(
                ctx.text, max(s, edge.start() - 80), edge.start()
            )
            and not _WAITING_AT_EDGE_BEFORE_RE.search(
                ctx.text, max(s, edge.start() - 80), edge.start()
            )
            and not (
                _THING_IN_BEFORE_RE.search(ctx.text, max(s, m.start - 12), m.start)
                and _AND_ANOTHER_RE.match(ctx.text, m.end, edge.start())
            )
        ):
            # "struck the fields on the outskirts of the town", "Sources in X said barrel
            # bombs fell on the town's outskirts": near the one town named.
            struck = [(m, "near")]
    return struck, containers


# "troops stormed X from the south after jets pounded the positions of Y in the village": the
# village the ground forces took is where the jets struck.
_TAKEN_BEFORE_RE = re.compile(
    r"\b(?:stormed|captured|seized|took|retook|recaptured|entered|overran|liberated)\s+"
    r"(?:the\s+)?(?:(?:town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _taken_then_struck(
    ctx: _DocContext, roles: list[tuple[Mention, str]], triggers: list[_Span]
) -> Mention | None:
    """Return the place taken on the ground that a later strike points back at, if any.

    "Government troops stormed X from the south after jets pounded the positions of Y in
    the village": the strike clause names no place but "the village", the one the ground
    forces took in the same sentence, named last before the strike word.
    """
    for t in triggers:
        if not _IN_THE_TOWN_AFTER_RE.match(ctx.text, t.end):
            continue
        before = [(m, r) for m, r in roles if m.end <= t.start]
        if not before or any(t.end <= m.start < t.end + 60 for m, _ in roles):
            continue
        m, role = before[-1]
        if role == "reference" and _TAKEN_BEFORE_RE.search(ctx.text, max(0, m.start - 40), m.start):
            return m
    return None


# "barrel bombs on X, a village on the town's eastern edge": what kind of place X is and
# where it lies; the edge is another town's, X itself is struck.
_KIND_APPOSITION_RE = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:village|hamlet|neighbou?rhood|district|suburb"
    r"|quarter|farm|camp)s?\s+(?:on|at|along|by)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# "barrel bombs on X, on the city's southern edge": a district set off by where it lies in its
# city, the city's edge placing the district, not a strike beside it.
_PLACE_APPOSITION_RE = re.compile(r"\s*,\s+(?:on|at|along)\s+", re.IGNORECASE)
_CITY_WORD_RE = re.compile(r"(?:the|this|that)\s+city\b", re.IGNORECASE)


# "when warplanes struck its main mosque": the strike's object belongs to a place named before.
_ITS_OBJECT_RE = re.compile(r"\s+(?:[\w-]+\s+)?its\b", re.IGNORECASE)
# "A hospital in X was put out of service after warplanes struck it twice": the strike's
# object is the thing named before, in its place.
_IT_OBJECT_RE = re.compile(r"\s+it\b(?!['’])", re.IGNORECASE)
# "struck a primary school in the town": the object in the town named before; so is "pounded
# the positions of a group in the village", and "after air strikes on the town".
_IN_THE_TOWN_AFTER_RE = re.compile(
    r"\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:in|of|on)\s+)?the\s+(?:town|village)\b"
    r"(?!\s+of\b|['’])",
    re.IGNORECASE,
)


def _with_its_holder(
    ctx: _DocContext,
    clauses: list[tuple[int, int]],
    active: list[tuple[int, int]],
    mentions: list[Mention],
    triggers: list[_Span],
) -> list[tuple[int, int]]:
    """Make the clauses before a strike on "its" object active when that clause names no place.

    "X buried the 21 people killed when warplanes struck its main mosque": the mosque is X's,
    so X, named in a clause of its own, is the struck place; so is "a day after a barrel bomb
    struck a primary school in the town", and "A hospital in X was put out of service after
    warplanes struck it".
    """
    for t in triggers:
        if not (
            _ITS_OBJECT_RE.match(ctx.text, t.end)
            or _IN_THE_TOWN_AFTER_RE.match(ctx.text, t.end)
            or _IT_OBJECT_RE.match(ctx.text, t.end)
        ):
            continue
        here = next((c for c in clauses if c[0] <= t.start < c[1]), None)
        if here is None or any(here[0] <= m.start < here[1] for m in mentions):
            continue
        return sorted({*active, *(c for c in clauses if c[1] <= here[0])})
    return active


# "X, 6 October 2015: jets struck a market", "X, Idlib, Tuesday 6 Oct.: ...": a line of an
# incident list headed by its place and day, closed by a colon, then the strike.
_PLACE_DAY_LABEL_RE = re.compile(
    r"[^,:;.\n]{2,60}(?:,\s+[^,:;.\n\d]{2,40})?,\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH_RE.format(g="m1")
    + r"|"
    + _MONTH_RE.format(g="m2")
    + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?\s*:\s"
)


# "#X: Russian jets hit the silos on the edge of the city", "#X now: ...": a post opening on
# its place's hashtag and a colon, as local networks head their posts.
_HASHTAG_LABEL_RE = re.compile(
    r"#[^\W\d_][\w'’-]{1,40}(?:[ \t]+(?:now|today|tonight|urgent|update))?[ \t]*:[ \t]"
)


def _with_place_day_label(
    ctx: _DocContext, s: int, e: int, clauses: list[tuple[int, int]], active: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Make the clauses of a line's place-and-day label active when the strike follows it.

    "X, 6 October 2015: Russian jets struck a market": the commas of the label split the
    place from the strike's clause, whose place it is. So does a post's hashtag ("#X: Russian
    jets hit the silos on the edge of the city").
    """
    label = _PLACE_DAY_LABEL_RE.match(ctx.text, s, e) or _HASHTAG_LABEL_RE.match(ctx.text, s, e)
    if label is None or not any(c[0] < label.end() <= c[1] for c in active):
        return active
    return sorted({*active, *(c for c in clauses if c[1] < label.end())})


# "...; #X: 3 civilians killed by barrel bombs": a post's next hashtag label, after a
# semicolon of the same line.
_HASHTAG_LABEL_AFTER_SEMICOLON_RE = re.compile(r";[ \t]+(?=#)")


def _with_hashtag_labels(
    ctx: _DocContext, s: int, e: int, clauses: list[tuple[int, int]], active: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Make the clauses of a hashtag label after a semicolon active when its strike follows.

    A post runs its places' news together on one line ("#X: jets target the market; #Y:
    3 civilians killed by barrel bombs"): each hashtag label heads the clause after its
    colon, as a label opening the line does.
    """
    added = set(active)
    for semicolon in _HASHTAG_LABEL_AFTER_SEMICOLON_RE.finditer(ctx.text, s, e):
        label = _HASHTAG_LABEL_RE.match(ctx.text, semicolon.end(), e)
        if label is None or not any(c[0] < label.end() <= c[1] for c in active):
            continue
        added.update(c for c in clauses if semicolon.start() <= c[0] and c[1] < label.end())
    return sorted(added)


# "2. The children's hospital in X: barrel bombs dropped by helicopters on Thursday damaged
# it", "The surgical hospital in X: hit by two air strikes on Friday": an item of a list that
# opens on a thing in a place and a colon, then tells what struck the thing.
_THING_IN_PLACE_LABEL_RE = re.compile(
    r"(?:\d{1,2}[.)]\s+)?(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts)\s+(?:[\w'’-]+\s+){1,4}?(?:in|at)\s+"
    r"(?:the\s+)?[^,:;.\n]{2,40}:\s+"
    r"(?:(?:also|again|first|twice)\s+)?(?:hit|struck|bombed|targeted|damaged|destroyed)\b"
    r"|(?:\d{1,2}[.)]\s+)?(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts)\s+(?:[\w'’-]+\s+){1,4}?(?:in|at)\s+"
    r"(?:the\s+)?[^,:;.\n]{2,40}:\s+[^:;.\n]{0,60}?\b(?:dropped|fired)\s+by\s+"
    r"[^:;.\n]{0,60}?\b(?:hit|struck|damaged|destroyed)\b"
)

# What may open a line before its item: nothing, or the item's number.
_ITEM_OPENING_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?")


def _with_thing_in_place_label(
    ctx: _DocContext, s: int, e: int, clauses: list[tuple[int, int]], active: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Make the clause of a line's thing-in-a-place label active when its strike follows it.

    "The surgical hospital in X: hit by two air strikes on Friday": the colon splits the place
    from the strike's clause, whose place it is.
    """
    if _ITEM_OPENING_RE.fullmatch(ctx.text, ctx.text.rfind("\n", 0, s) + 1, s) is None:
        return active
    label = _THING_IN_PLACE_LABEL_RE.match(ctx.text, s, e)
    if label is None:
        return active
    colon = ctx.text.find(":", s, label.end())
    if not any(c[0] <= colon + 1 < c[1] or c[0] < label.end() <= c[1] for c in active):
        return active
    return sorted({*active, *(c for c in clauses if c[1] <= colon + 1)})


# "Six people were killed in X": the victims of a clause told before the strike's own.
# "7 martyrs in X after warplanes targeted the market": a toll's count of its martyrs.
# "pulled 14 bodies from the rubble in X after jets struck homes there": the dead taken from
# where they lay ("recovered the bodies of a family after ..." names no place they lay in).
_VICTIMS_RE = re.compile(
    r"\b(?:killed|wounded|injured|died|dead|martyred|martyrs?|death\s+toll|toll"
    r"|bodies\s+from)\b",
    re.IGNORECASE,
)
# What opens the strike's clause after the victims': what caused them, not what came before.
_CAUSE_OPENING_RE = re.compile(r"\s(?:after|when|as)\s", re.IGNORECASE)
# "We were in X when the jets bombed the market": where people were when a strike that names
# no place fell; the market, the school or the house is there.
_SCENE_BEFORE_RE = re.compile(
    r"\b(?:was|were)\s+(?:(?:still|just|all|both)\s+)?"
    r"(?:[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}?)?(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:town|village|city|centre|center|market)\s+of\s+)?#?$",
    re.IGNORECASE,
)
_SCENE_OPENING_RE = re.compile(r"\s(?:when|as)\s", re.IGNORECASE)


def _with_victims_before(
    ctx: _DocContext,
    clauses: list[tuple[int, int]],
    active: list[tuple[int, int]],
    mentions: list[Mention],
    triggers: list[_Span],
) -> list[tuple[int, int]]:
    """Make the victims' (or the scene's) clause before a strike clause naming no place active.

    "Six people were killed in X after helicopters dropped barrel bombs": the strike
    clause names no place, and the clause before tells its victims in X, so X is struck.
    So does the clause telling where people were when it fell ("We were in X when the
    jets bombed the market").
    """
    for t in triggers:
        k = next((i for i, c in enumerate(clauses) if c[0] <= t.start < c[1]), None)
        if k is None or k == 0 or clauses[k - 1] in active:
            continue
        here, before = clauses[k], clauses[k - 1]
        if any(here[0] <= m.start < here[1] for m in mentions):
            continue
        if not _CAUSE_OPENING_RE.match(ctx.text, here[0]):
            continue
        if _VICTIMS_RE.search(ctx.text, *before) is None and not (
            _SCENE_OPENING_RE.match(ctx.text, here[0])
            and any(
                before[0] <= m.start < before[1]
                and _SCENE_BEFORE_RE.search(ctx.text, max(before[0], m.start - 60), m.start)
                for m in mentions
            )
        ):
            continue
        return sorted({*active, before})
    return active


# "barrel bombs on the western neighbourhoods of X, ... which set fire to fields on the edge
# of the city": the strike is told inside the town, in its named parts; the edge is where
# something more happened.
_INNER_PART_BEFORE_RE = re.compile(
    r"\b(?:neighbou?rhoods?|districts?|quarters?|cent(?:re|er)|market|streets?)\s+of\s+$",
    re.IGNORECASE,
)
# "near the X hospital": "near the" right before the place name.
_NEAR_THE_RE = re.compile(r"\bnear[ \t]+the[ \t]+$", re.IGNORECASE)
# A building named by its town before it ("the X municipal building", "the X main hospital").
_OWN_BUILDING_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:municipal|main|central|old|great|grand|general|national)[ \t]+)?"
    r"(?:building|hospital|clinic|market|mosque|school|bakery|stadium)\b",
    re.IGNORECASE,
)
# "killed in the raid and in clashes near the village": ground fighting beside the town, not
# where the strike fell; "amid clashes between the army and the rebels on the town's western
# edges": the sides of the fight may be named between the fight and its edge.
_GROUND_FIGHT_BEFORE_RE = re.compile(
    r"\b(?:clashes|clashed|fighting|battles?|combat)\b[^,.;]{0,60}$", re.IGNORECASE
)
# "... on X for a third day as aid trucks wait at the edge of the town": the edge is where a
# clause of its own places others waiting, staying or gathering, not where the strike fell.
_WAITING_AT_EDGE_BEFORE_RE = re.compile(
    r"\b(?:as|while|where|whereas)\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:wait|waits|waited|waiting|queue[sd]?|queuing|gather(?:s|ed|ing)?|stand|stands|stood"
    r"|standing|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|park(?:s|ed)?|camp(?:s|ed|ing)?)"
    r"(?:\s+(?:at|on|by|along)(?:\s+the)?)?\s+$",
    re.IGNORECASE,
)
# The outskirts of the town the sentence names, written without its name again: "the
# outskirts of the town", "the town's southern outskirts".
# "the town's", "the village": a strike falling on the place a sentence names by its kind.
_THE_TOWN_RE = re.compile(r"\b(?:the|this)\s+(?:town|village|city)\b", re.IGNORECASE)


def _speaking_town_struck(
    ctx: _DocContext,
    e: int,
    struck: list[tuple[Mention, str]],
    containers: list[Mention],
) -> tuple[list[tuple[Mention, str]], list[Mention]]:
    """Strike the one town whose own body speaks, when the strike falls on "the town".

    "In the northern countryside of H, the local council of X said a warplane fired
    two missiles at the town's western edge": the area only locates X, the one
    town named, which "the town" strikes; X is then the struck place and the area
    its container. Otherwise the split is returned unchanged.
    """
    towns = [c for c in containers if not _is_area(ctx, c)]
    if len(towns) != 1 or _THE_TOWN_RE.search(ctx.text, towns[0].end, e) is None:
        return struck, containers
    areas = [m for m, _ in struck]
    return [(towns[0], "in")], [c for c in containers if c is not towns[0]] + areas


# "hit the market in X and a clinic on the edge of the town": a thing struck in X itself, then
# another one on its edge; X was struck, not only beside it.
_THING_IN_BEFORE_RE = re.compile(r"[a-z]\s+in\s+(?:the\s+(?:town|city|village)\s+of\s+)?$")
_AND_ANOTHER_RE = re.compile(
    r"\s+and\s+(?:an?|the|its|one|two|three)\s+(?:[\w'’-]+\s+){0,3}?on\s+the\s+"
)
_EDGE_OF_THE_TOWN_RE = re.compile(
    # "on the southern edge of town": the idiom has no article.
    r"\b(?:outskirts|edges?|fringes?|periphery)\s+of\s+"
    r"(?:(?:the|this|that)\s+(?:town|city|village)|town)\b"
    # "struck fighters on the approaches to the base": the ways into the one base named (a
    # town's approaches are where ground forces fight as often).
    r"|\bapproaches\s+(?:to|of)\s+(?:the|this|that)\s+(?:base|air\s*base|airport|airfield)\b"
    r"|\b(?:the|this|that)\s+(?:town|city|village)['’]s\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"(?:outskirts|edges?|fringes?|periphery)\b"
    # "sorties over the town of X, hitting gatherings of militants near the town": beside it.
    # Not "near the town centre": the town's own part, inside it.
    r"|\b(?:near|outside)\s+(?:the|this|that)\s+(?:town|city|village)"
    r"(?=\s*[,.;:)]|\s+(?:on|in|at|and|after|before|while|during|early|late|overnight)\b)"
    # "a raid hit a farm west of the village": a thing struck beside the one town named, set
    # by its bearing from it.
    # Not "X, a town east of the city": a settlement set by its bearing is no thing beside X.
    r"|\b(?-i:a|an)\s+(?!(?:town|city|village|hamlet|district|neighbou?rhood|suburb|area"
    r"|region|settlement|locality)\b)(?-i:[a-z][\w-]*)\s+(?:(?:about|some|around)\s+)?"
    r"(?:\d+\s*(?:km|kms|kilomet\w+)\s+)?"
    # Not "a street west of the town's park": a part of the town set beside another.
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the|this|that)\s+"
    r"(?:town|city|village)\b(?!['’])",
    re.IGNORECASE,
)
# "..., hitting A and B": the places themselves, named after the area holding them.
_NAMED_NEXT_BEFORE_RE = re.compile(
    r"\b(?:hitting|including|among\s+them|such\s+as|namely)\s+(?:the\s+)?"
    r"(?:(?:towns?|villages?)\s+of\s+)?$",
    re.IGNORECASE,
)


def _drop_located_plurals(
    ctx: _DocContext, s: int, struck: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """Drop a reference point of unnamed places that the sentence goes on to name.

    "Jets struck towns north of Homs, hitting Talbiseh and Rastan": the towns
    struck are Talbiseh and Rastan; Homs only locates them.
    """
    text = ctx.text
    named_next = [
        m
        for m, r in struck
        if r == "in" and _NAMED_NEXT_BEFORE_RE.search(text, max(s, m.start - 40), m.start)
    ]
    if not named_next:
        return struck
    return [
        (m, r)
        for m, r in struck
        if not (
            r == "near"
            and any(n.start > m.end for n in named_next)
            and _PLURAL_NEAR_BEFORE_RE.search(text, max(s, m.start - 80), m.start)
        )
    ]


def _add_near(
    ctx: _DocContext,
    clauses: list[tuple[int, int]],
    struck: list[tuple[Mention, str]],
    containers: list[Mention],
    near: list[tuple[Mention, str]],
) -> tuple[list[tuple[Mention, str]], list[Mention]]:
    """Add the reference points that locate a strike as struck "near" places.

    When the other places struck in the clause are only governorates and a
    finer place is named near ("strikes near Saraqib in Idlib province"),
    the governorates become hints.
    """
    added: list[Mention] = []
    demoted: set[int] = set()
    for c0, c1 in clauses:
        inside = [m for m, _ in struck if c0 <= m.start < c1]
        refs = [
            m
            for m, r in near
            if c0 <= m.start < c1
            and (r == "near" or not inside or _own_strike_before(ctx, m, inside))
        ]
        if not refs:
            continue
        finer = [m for m in refs if not _is_admin(ctx, m)]
        for m in inside:
            if (
                _is_admin(ctx, m)
                and any(_contains(ctx, m, r) for r in finer)
                and not _province_apart(ctx, m, finer)
            ):
                demoted.add(id(m))
                containers = [*containers, m]
        # "around Palmyra, Homs province": the governorate locates the reference point.
        held = [m for m in refs if _is_admin(ctx, m) and any(_contains(ctx, m, r) for r in finer)]
        containers = [*containers, *held]
        added.extend(m for m in refs if m not in held)
    kept = [(m, r) for m, r in struck if id(m) not in demoted]
    both = kept + [(m, "near") for m in added]
    return sorted(both, key=lambda mr: mr[0].start), containers


def _own_strike_before(ctx: _DocContext, m: Mention, inside: list[Mention]) -> bool:
    """Say whether a strike word of its own comes between the places struck before and "outside X".

    "barrel bombs on A, and a strike on a farm outside X killed two": the farm's strike
    fell outside X; "Outside X, jets struck A" tells of elsewhere than X.
    """
    before = [p for p in inside if p.start < m.start]
    return bool(before) and bool(_in_range(ctx.triggers, before[-1].end, m.start))


# The patterns tried most often open with a look-ahead of their first characters
# (see lexicon.quick_opening): the same matches, found with fewer tries.
_NEAR_BEFORE_RE = quick_opening(_NEAR_BEFORE_RE)
_REFERENCE_BEFORE_RE = quick_opening(_REFERENCE_BEFORE_RE)
_ROLE_WORDS_RE = quick_opening(_ROLE_WORDS_RE)
_GROUND_OBJECTIVE_BEFORE_RE = quick_opening(_GROUND_OBJECTIVE_BEFORE_RE)
_LAUNCH_BEFORE_RE = quick_opening(_LAUNCH_BEFORE_RE)
_SPEAKER_BEFORE_RE = quick_opening(_SPEAKER_BEFORE_RE)
_EDGE_OF_THE_TOWN_RE = quick_opening(_EDGE_OF_THE_TOWN_RE)
_NONE_OVER_BEFORE_RE = quick_opening(_NONE_OVER_BEFORE_RE)
_ABROAD_BEFORE_RE = quick_opening(_ABROAD_BEFORE_RE)
_LEADING_GROUP_IN_BEFORE_RE = quick_opening(_LEADING_GROUP_IN_BEFORE_RE)
_FROM_BEFORE_RE = quick_opening(_FROM_BEFORE_RE)
_NAMED_NEXT_BEFORE_RE = quick_opening(_NAMED_NEXT_BEFORE_RE)
