"""Spreadsheet cells in the national database's wording, read and written.

A cell that holds a list puts one item a line; the parts of an item are separated by
“|”. The words are the ones of the national database (“Trực tiếp”, “ngày làm việc”,
“Cấp Xã”) whatever language the admin is in: they are data, not interface.
Each parser returns the stored value or raises CellError with the reason in Vietnamese."""

import datetime
import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from core.text import fold, nfc

from ..blocks import Channel, TimeUnit
from ..models.catalogue import CODE_PATTERN, Level, OnlineLevel

# A NUL or other control character (from a UTF-16 file, say) cannot be stored in PostgreSQL.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class CellError(ValueError):
    pass


def text(value):
    """Any cell as NFC text: numbers and dates from a spreadsheet as a person typed them."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    value = _CONTROL_CHARACTERS.sub("", nfc(str(value)).replace("\r\n", "\n"))
    lines = [" ".join(line.split()) for line in value.split("\n")]
    return "\n".join(line for line in lines if line)


def lines(value):
    return [line for line in text(value).split("\n") if line.strip()]


def _folded_key(value):
    return " ".join(fold(value).split())


# ---- single values ----------------------------------------------------------------


def parse_code(value):
    if isinstance(value, float):
        # Excel turns 1.000610 into the number 1.00061: national codes have six decimals.
        value = f"{value:.6f}"
    code = text(value)
    if not code:
        raise CellError(_("the code is empty"))
    if not CODE_PATTERN.match(code):
        raise CellError(
            _("“%(code)s” is not a national procedure code (e.g. 1.001193, or 1.000948.H38 for a province)")
            % {"code": code[:60]}
        )
    return code


def required_text(max_length):
    def parse(value):
        result = text(value)
        if not result:
            raise CellError(_("this cell must not be empty"))
        return limited_text(max_length)(result)

    return parse


def limited_text(max_length):
    def parse(value):
        result = text(value)
        if max_length and len(result) > max_length:
            raise CellError(
                _("the text is %(length)s characters long, more than %(limit)s")
                % {"length": len(result), "limit": max_length}
            )
        return result

    return parse


def parse_count(value):
    """A whole number of dossiers or copies; empty means not given."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and value >= 0:
            return int(value)
        raise CellError(_("“%(value)s” is not a whole number of 0 or more") % {"value": value})
    raw = text(value)
    if not raw:
        return None
    digits = raw.replace(".", "").replace(" ", "")
    if not digits.isdigit():
        raise CellError(_("“%(value)s” is not a whole number of 0 or more") % {"value": raw[:40]})
    return int(digits)


def format_count(value):
    return "" if value is None else str(value)


def parse_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raw = text(value)
    if not raw:
        return None
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise CellError(_("“%(value)s” is not a date written as dd/mm/yyyy") % {"value": raw[:40]})


def format_date(value):
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value) if value else None
    return value.strftime("%d/%m/%Y") if value else ""


def parse_url(value):
    raw = text(value)
    if not raw:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(raw)
    except ValidationError as error:
        raise CellError(_("“%(value)s” is not a web address") % {"value": raw[:80]}) from error
    if len(raw) > 500:
        raise CellError(_("the web address is longer than 500 characters"))
    return raw


_ONLINE_LEVELS = {
    "": OnlineLevel.NONE,
    "khong": OnlineLevel.NONE,
    "muc do 2": OnlineLevel.NONE,
    "toan trinh": OnlineLevel.FULL,
    "dich vu cong truc tuyen toan trinh": OnlineLevel.FULL,
    "muc do 4": OnlineLevel.FULL,
    "mot phan": OnlineLevel.PARTIAL,
    "dich vu cong truc tuyen mot phan": OnlineLevel.PARTIAL,
    "muc do 3": OnlineLevel.PARTIAL,
}
_ONLINE_WORDS = {OnlineLevel.NONE: "", OnlineLevel.FULL: "Toàn trình", OnlineLevel.PARTIAL: "Một phần"}


def parse_online_level(value):
    raw = text(value)
    try:
        return _ONLINE_LEVELS[_folded_key(raw)]
    except KeyError:
        raise CellError(
            _("“%(value)s” is not an online service level (Toàn trình, Một phần or empty)")
            % {"value": raw[:40]}
        ) from None


def format_online_level(value):
    return _ONLINE_WORDS.get(value, "")


_LEVELS = {
    "bo": Level.MINISTRY,
    "bo nganh": Level.MINISTRY,
    "bo/nganh": Level.MINISTRY,
    "trung uong": Level.MINISTRY,
    "tinh": Level.PROVINCE,
    "huyen": Level.DISTRICT,
    "xa": Level.COMMUNE,
}
_LEVEL_WORDS = {
    Level.MINISTRY: "Cấp Bộ/ngành",
    Level.PROVINCE: "Cấp Tỉnh",
    Level.DISTRICT: "Cấp Huyện",
    Level.COMMUNE: "Cấp Xã",
}


def parse_levels(value):
    levels = []
    for part in re.split(r"[;,\n]+", text(value)):
        key = re.sub(r"^cap ", "", _folded_key(part))
        if not key:
            continue
        if key not in _LEVELS:
            raise CellError(
                _("“%(value)s” is not a level (Cấp Bộ/ngành, Cấp Tỉnh, Cấp Huyện, Cấp Xã)")
                % {"value": part.strip()[:40]}
            )
        levels.append(_LEVELS[key])
    if not levels:
        raise CellError(_("the level is empty"))
    return sorted(set(levels), key=list(Level).index)


def format_levels(levels):
    return "; ".join(_LEVEL_WORDS[level] for level in levels)


def parse_codes(value):
    codes = [code for code in re.split(r"[;,\s]+", text(value)) if code]
    bad = [code for code in codes if not CODE_PATTERN.match(code)]
    if bad:
        raise CellError(_("“%(codes)s” are not procedure codes") % {"codes": ", ".join(bad)[:80]})
    result = "; ".join(dict.fromkeys(codes))
    if len(result) > 1000:
        raise CellError(_("the list of related procedures is longer than 1000 characters"))
    return result


# ---- lists of structured items (StreamField data) -----------------------------------


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _list_item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _parts(line, count):
    parts = [part.strip() for part in line.split("|")]
    if len(parts) > count:
        raise CellError(
            _("the line “%(line)s” has more than %(count)s parts separated by “|”")
            % {"line": line[:60], "count": count}
        )
    return parts + [""] * (count - len(parts))


def _in_line(number, error):
    return CellError(_("line %(number)s: %(reason)s") % {"number": number, "reason": error})


_STEP_START = re.compile(r"^(?:bước\s*\d+\s*[:.\-–)]?|\d+\s*[.)])\s*", re.IGNORECASE)


def parse_steps(value):
    """One step a line; when lines start with “Bước 1:”, a line without it continues the step."""
    found = lines(value)
    numbered = any(_STEP_START.match(line) for line in found)
    steps = []
    for line in found:
        if numbered and steps and not _STEP_START.match(line):
            steps[-1] += "\n" + line
        else:
            steps.append(_STEP_START.sub("", line).strip() or line)
    return [_block("step", step) for step in steps]


def format_steps(raw_blocks):
    return "\n".join(f"Bước {number}: {block['value']}" for number, block in enumerate(raw_blocks, 1))


_CHANNELS = {
    "truc tiep": Channel.WALK_IN,
    "truc tuyen": Channel.ONLINE,
    "buu chinh": Channel.POST,
    "dich vu buu chinh": Channel.POST,
    "qua buu chinh": Channel.POST,
}
_CHANNEL_WORDS = {
    Channel.WALK_IN: "Trực tiếp",
    Channel.ONLINE: "Trực tuyến",
    Channel.POST: "Dịch vụ bưu chính",
}
_TIME_UNITS = {
    "gio": TimeUnit.HOURS,
    "gio lam viec": TimeUnit.HOURS,
    "ngay lam viec": TimeUnit.WORKING_DAYS,
    "ngay": TimeUnit.DAYS,
    "thang": TimeUnit.MONTHS,
}
_TIME_WORDS = {
    TimeUnit.HOURS: "giờ",
    TimeUnit.WORKING_DAYS: "ngày làm việc",
    TimeUnit.DAYS: "ngày",
    TimeUnit.MONTHS: "tháng",
}
_TIME = re.compile(r"^(\S+)\s+(.+)$")
_FREE = {"mien", "mien phi", "mien le phi", "khong", "khong thu", "0"}
_MONEY = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:d|dong|vnd|vnđ)?$")


def _parse_time(raw):
    if not raw:
        return None, TimeUnit.WORKING_DAYS
    match = _TIME.match(raw)
    unit = _TIME_UNITS.get(_folded_key(match[2])) if match else None
    if not match or unit is None:
        raise CellError(
            _("the processing time “%(value)s” must be a number and a unit, e.g. “3 ngày làm việc”")
            % {"value": raw[:40]}
        )
    if not match[1].isdigit():
        raise CellError(
            _("the processing time “%(value)s” does not start with a number") % {"value": raw[:40]}
        )
    return int(match[1]), unit


def _parse_fee(raw):
    """ "Lệ phí: 8.000 đồng", "Phí: Miễn phí"; a fee without “:” has no amount given."""
    name, colon, amount = raw.partition(":")
    name, amount = name.strip(), amount.strip()
    if not colon:
        return {"name": name[:255], "amount": None}
    if not name:
        raise CellError(_("the fee “%(value)s” has no name before “:”") % {"value": raw[:60]})
    folded = _folded_key(amount)
    if folded in _FREE:
        return {"name": name[:255], "amount": 0}
    match = _MONEY.match(folded)
    if not match:
        raise CellError(
            _("the amount “%(value)s” of “%(fee)s” is not a number of đồng")
            % {"value": amount[:40], "fee": name}
        )
    return {"name": name[:255], "amount": int(match[1].replace(".", ""))}


def parse_channels(value):
    """ "Trực tiếp | 3 ngày làm việc | Lệ phí: 8.000 đồng; Phí: 0 | ghi chú" a line."""
    channels = []
    for number, line in enumerate(lines(value), 1):
        try:
            channel_word, time, fees, notes = _parts(line, 4)
            channel = _CHANNELS.get(_folded_key(channel_word))
            if channel is None:
                raise CellError(
                    _("“%(value)s” is not a channel (Trực tiếp, Trực tuyến, Dịch vụ bưu chính)")
                    % {"value": channel_word[:40]}
                )
            time_value, time_unit = _parse_time(time)
            fee_list = [_parse_fee(fee) for fee in fees.split(";") if fee.strip()]
        except CellError as error:
            raise _in_line(number, error) from None
        channels.append(
            _block(
                "channel",
                {
                    "channel": channel,
                    "time_value": time_value,
                    "time_unit": time_unit,
                    "fees": [_list_item(fee) for fee in fee_list],
                    "notes": notes,
                },
            )
        )
    return channels


def format_money(amount):
    return f"{amount:,}".replace(",", ".") + " đồng"


def format_fee(fee):
    if fee["amount"] is None:
        return fee["name"]
    return f"{fee['name']}: {'Miễn phí' if fee['amount'] == 0 else format_money(fee['amount'])}"


def _one_line(value):
    return " ".join((value or "").replace("|", "/").split())


def format_channels(raw_blocks):
    rows = []
    for block in raw_blocks:
        channel = block["value"]
        time = (
            f"{channel['time_value']} {_TIME_WORDS[channel['time_unit']]}"
            if channel.get("time_value") is not None
            else ""
        )
        fees = "; ".join(format_fee(fee) for fee in channel.get("fees") or [])
        parts = [_CHANNEL_WORDS[channel["channel"]], time, fees, _one_line(channel.get("notes"))]
        rows.append(" | ".join(parts).rstrip(" |"))
    return "\n".join(rows)


def parse_documents(value):
    """A line ending with “:” opens a case; a document is “name | originals | copies | form”."""
    documents = []
    for number, line in enumerate(lines(value), 1):
        if line.endswith(":") and "|" not in line:
            documents.append(_block("case", line[:-1].strip()[:255]))
            continue
        try:
            name, originals, copies, form_name = _parts(line, 4)
            if not name:
                raise CellError(_("the document has no name"))
            document = {
                "name": name,
                "originals": parse_count(originals),
                "copies": parse_count(copies),
                "form_name": form_name[:255],
                "form": None,
            }
        except CellError as error:
            raise _in_line(number, error) from None
        documents.append(_block("document", document))
    return documents


def format_documents(raw_blocks, document_titles):
    rows = []
    for block in raw_blocks:
        if block["type"] == "case":
            rows.append(f"{_one_line(block['value'])}:")
            continue
        document = block["value"]
        form_name = document.get("form_name") or document_titles.get(document.get("form"), "")
        parts = [
            _one_line(document["name"]),
            format_count(document.get("originals")),
            format_count(document.get("copies")),
            _one_line(form_name),
        ]
        rows.append(" | ".join(parts).rstrip(" |"))
    return "\n".join(rows)


def parse_legal_basis(value):
    """ "60/2014/QH13 | Luật Hộ tịch | 20/11/2014 | Quốc hội" a line."""
    documents = []
    for number, line in enumerate(lines(value), 1):
        try:
            document_number, summary, issued_on, issuer = _parts(line, 4)
            if not document_number:
                raise CellError(_("the legal document has no number"))
            date = parse_date(issued_on)
        except CellError as error:
            raise _in_line(number, error) from None
        documents.append(
            _block(
                "legal_document",
                {
                    "number": document_number[:255],
                    "summary": summary,
                    "issued_on": date.isoformat() if date else None,
                    "issuer": issuer[:255],
                },
            )
        )
    return documents


def format_legal_basis(raw_blocks):
    rows = []
    for block in raw_blocks:
        document = block["value"]
        parts = [
            _one_line(document["number"]),
            _one_line(document.get("summary")),
            format_date(document.get("issued_on")),
            _one_line(document.get("issuer")),
        ]
        rows.append(" | ".join(parts).rstrip(" |"))
    return "\n".join(rows)


def stream_data(instance, key):
    """A StreamField's stored data, canonical, without turning it into block values."""
    return canonical(type(instance)._meta.get_field(key).get_prep_value(getattr(instance, key)))


def canonical(raw):
    """Stream data without block ids, list items unwrapped: equal content compares equal."""
    if isinstance(raw, list):
        return [canonical(item) for item in raw]
    if isinstance(raw, dict):
        if raw.get("type") == "item" and set(raw) <= {"type", "value", "id"}:
            return canonical(raw["value"])
        return {key: canonical(value) for key, value in raw.items() if key != "id"}
    return raw
