"""PDF output through LibreOffice, run headless on a copy of the DOCX in a private folder,
stripped of whatever would make LibreOffice fetch something (a linked image): a conversion
opens no network connection.

``soffice --convert-to pdf`` would leave the table of contents as the DOCX caches it
(LibreOffice does not rebuild indexes on import), so the PDF would have no page
numbers there. Instead, each conversion creates a throw-away LibreOffice profile,
puts a small Basic macro in it (``export_pdf.xba``: open, rebuild the indexes,
export) and runs it. The private profile also means that a LibreOffice the user has
open is neither waited for nor disturbed; a time limit keeps a stuck office process
from hanging the command.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ClauseKitError
from ..fileio import write_atomic

CONVERSION_TIMEOUT_SECONDS = 180
NOT_INSTALLED = "LibreOffice is not installed: cannot convert to PDF (the DOCX was written)"
_MACRO = Path(__file__).with_name("export_pdf.xba")


def office_program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx: Path, pdf: Path, force: bool = False, timeout: float = CONVERSION_TIMEOUT_SECONDS) -> None:
    """Write ``pdf`` from ``docx``; the DOCX stays whatever happens."""
    program = office_program()
    if program is None:
        raise ClauseKitError(NOT_INSTALLED)
    with tempfile.TemporaryDirectory(prefix="clausekit-pdf-") as folder:
        work = Path(folder)
        source, produced, profile = work / "contract.docx", work / "contract.pdf", work / "profile"
        offline_copy(docx, source)
        options = ["--headless", "--norestore", "--nolockcheck", f"-env:UserInstallation={profile.as_uri()}"]
        _run([program, *options, "--terminate_after_init"], timeout, pdf)  # creates the profile
        library = profile / "user" / "basic" / "Standard"
        if not library.is_dir():
            raise ClauseKitError("LibreOffice did not create its user profile; cannot convert to PDF "
                                 "(the DOCX was written)", pdf)
        shutil.copyfile(_MACRO, library / "Module1.xba")
        completed = _run([program, *options, f'macro:///Standard.Module1.ExportPdf("{source}","{produced}")'],
                         timeout, pdf)
        if not produced.is_file():
            detail = (completed.stderr or completed.stdout).strip().splitlines()
            reason = detail[-1] if detail else f"exit code {completed.returncode}"
            raise ClauseKitError(f"LibreOffice could not convert the DOCX to PDF ({reason}); the DOCX was written", pdf)
        write_atomic(pdf, lambda tmp: shutil.copyfile(produced, tmp), force)


def offline_copy(docx: Path, copy: Path) -> None:
    """The DOCX for LibreOffice, without the relationships that would make it fetch something
    (a linked image, a remote template): a conversion opens no network connection."""
    import zipfile

    from lxml import etree

    from ..file_safety import fetched_targets, parse_xml

    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".rels"):
                root = parse_xml(data, info.filename, str(docx), "not a usable DOCX")
                fetched = fetched_targets(root)
                for relationship in fetched:
                    root.remove(relationship)
                if fetched:
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(info, data)


def _run(command: list[str], timeout: float, pdf: Path) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ClauseKitError(f"LibreOffice did not finish within {timeout:.0f} s (the DOCX was written)", pdf) from None
