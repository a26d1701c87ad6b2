"""Defences against hostile or mislabelled files, shared by the readers and by drafting (a user's Word skeleton).

A contract arrives by e-mail from the other side: it may be a zip bomb, carry an XML
entity attack, or be a PDF renamed ``.docx``. Each check here turns such a file into
one ``InputFileError`` line before any costly work starts.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from .errors import InputFileError

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # total uncompressed size of an Office package
MAX_COMPRESSION_RATIO = 200  # XML deflates 5-30x; beyond this a member is built to explode
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # small members may compress absurdly without harm
# What one XML part may hold: lxml and the reader hold it several times over, so 195 MiB of
# document.xml took 3.2 GB and 110 s. A 500-page contract's document.xml is under 20 MiB.
MAX_XML_PART_BYTES = 32 * 1024 * 1024
SNIFF_BYTES = 1024

_MAGIC = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # empty zip
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # legacy .doc, or an encrypted Office file
    (b"{\\rtf", "rtf"),
)
_DESCRIPTIONS = {
    "pdf": "a PDF (rename it to .pdf)",
    "zip": "a ZIP or Office package (a .docx?)",
    "ole": "a legacy or encrypted Office file",
    "rtf": "an RTF file (save it as .docx)",
}
# A DTD is the door to XXE and entity expansion; no Office part needs one.
_DTD_MARKERS = tuple(marker.encode(codec) for marker in ("<!DOCTYPE", "<!ENTITY")
                     for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def sniff(file: Path) -> str | None:
    """The container format given by the first bytes: "pdf", "zip", "ole", "rtf" or None."""
    with file.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return "pdf" if b"%PDF-" in head else None  # PDF readers accept leading junk


def describe(kind: str) -> str:
    return _DESCRIPTIONS[kind]


def open_package(file: Path, shown: str, invalid: str) -> zipfile.ZipFile:
    """Open an Office zip after checking its declared sizes; ``invalid`` is the corrupt-file message."""
    try:
        package = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, zlib.error):
        raise InputFileError(invalid, shown) from None
    total = 0
    for member in package.infolist():
        total += member.file_size
        absurd = (member.file_size > RATIO_CHECK_MIN_BYTES
                  and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1))
        if absurd or total > MAX_UNPACKED_BYTES:
            package.close()
            raise InputFileError(
                f"refused: zip bomb / too large when unpacked ({member.filename} expands to "
                f"{member.file_size} bytes from {member.compress_size}; limit {MAX_UNPACKED_BYTES} bytes "
                f"in all, ratio {MAX_COMPRESSION_RATIO}:1)", shown)
    return package


def read_member(package: zipfile.ZipFile, name: str, shown: str, invalid: str) -> bytes:
    """A member's bytes, never more than its declared size (which ``open_package`` bounded)."""
    try:
        info = package.getinfo(name)
        if name.endswith((".xml", ".rels")) and info.file_size > MAX_XML_PART_BYTES:
            raise InputFileError(f"refused: {name} holds {info.file_size >> 20} MiB of XML (limit "
                                 f"{MAX_XML_PART_BYTES >> 20} MiB per part), far more than any contract", shown)
        with package.open(info) as member:
            data = member.read(info.file_size + 1)
    except KeyError:
        raise InputFileError(f"{invalid}: {name} is missing", shown) from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError,
            zlib.error) as error:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression method.
        raise InputFileError(f"{invalid}: cannot unpack {name} ({error})", shown) from None
    if len(data) > info.file_size:
        raise InputFileError(f"refused: zip bomb / too large when unpacked ({name} lies about its size)", shown)
    return data


_SAFE_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, huge_tree=False,
                            load_dtd=False, dtd_validation=False, remove_comments=True)


def parse_xml(data: bytes, part: str, shown: str, invalid: str) -> etree._Element:
    """Parse an XML part; refuse a DTD instead of trusting the parser to defuse it."""
    if any(marker in data for marker in _DTD_MARKERS):
        raise InputFileError(f"unsafe XML (DTD/entities) in {part}", shown)
    parser = etree.XMLParser(**_SAFE_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputFileError(f"{invalid}: malformed XML in {part} ({_first_line(str(error))})", shown) from None
    if root is None:
        raise InputFileError(f"{invalid}: empty XML in {part}", shown)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputFileError(f"unsafe XML (DTD/entities) in {part}", shown)
    return root


def _first_line(text: str) -> str:
    return re.split(r"[\r\n]", text, maxsplit=1)[0][:160]


HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RELATIONSHIPS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def fetched_targets(rels: etree._Element) -> list[etree._Element]:
    """The relationships of a ``.rels`` part that make an office program fetch something when it
    opens the file: external targets (a linked image, a remote template, a linked frame) other
    than hyperlinks, which are only followed when clicked."""
    return [rel for rel in rels.iter(f"{_RELATIONSHIPS_NS}Relationship")
            if rel.get("TargetMode") == "External" and rel.get("Type") != HYPERLINK_TYPE]


_FETCHING_FIELD = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO)\b", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fetching_field(part: etree._Element) -> str | None:
    """The first field code of a Word part that reads another file or address when the document
    is opened or updated (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE), or None."""
    codes = [t.text or "" for t in part.iter(f"{_W}instrText")]
    codes += [f.get(f"{_W}instr") or "" for f in part.iter(f"{_W}fldSimple")]
    return next((code.strip() for code in codes if _FETCHING_FIELD.match(code)), None)
