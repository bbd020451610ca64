"""Hostile uploads: files inside the upload limits built to hold the reader for minutes or eat gigabytes.

Each file is made here (no downloads), at sizes just under the limits (`MAX_UPLOAD_BYTES` packed,
`MAX_UNPACKED_BYTES` unpacked), then read by `timeline.ingest.read_upload` and, when it is read, extracted by
`timeline.extract_documents`, in a child process of its own that measures the CPU time of reading and extracting
and the process's peak memory (VmHWM, Python and pandas included). The child runs under RLIMIT_CPU and
RLIMIT_AS (the cut-off), so a case that runs away ends as "cut off" instead of stalling the machine.
Target (issue 14): every file read and extracted, or refused, within 20 s of CPU and 1 GB of peak memory.

Run: python benchmarks/hostile_files_bench.py [--only KIND ...] [--cutoff-cpu 60] [--ordinary]
`--ordinary` instead times reading ordinary files (the sample articles as .txt/.md/.html/.pdf/.docx), to check
that the budget does not slow them down; run it on two checkouts to compare
(e.g. `PYTHONPATH=/work/main python benchmarks/hostile_files_bench.py --ordinary`).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "PYTHONPATH" not in os.environ:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's file builders

from test_ingest import pdf_file  # noqa: E402

from timeline.document import MAX_DOCUMENT_CHARS  # noqa: E402
from timeline.file_reading import (  # noqa: E402
    MAX_HTML_ELEMENTS,
    MAX_PARAGRAPHS,
    MAX_PDF_PAGE_TEXT_BYTES,
    MAX_PDF_PAGES,
    MAX_PDF_TEXT_BYTES,
    MAX_UNPACKED_BYTES,
    MAX_UPLOAD_BYTES,
)

SENTENCE = "Am 3. Mai 2020 traf sich der Rat in Berlin, und am 4. Juni 2021 folgte die zweite Sitzung."
MARGIN = 64 * 1024  # stay this far under a limit, for headers and packing


# --- PDF --------------------------------------------------------------------------------------------------------


def _pdf(page_count: int, contents: Callable[[int], int], streams: list[bytes], xobjects: dict[str, int] | None = None) -> bytes:
    """A PDF of `page_count` pages; page i shows stream number `contents(i)` of `streams` (Flate-compressed),
    with Helvetica as /F1 and the given form XObjects (name -> stream number) in its resources."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 "
                            b"/BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    stream_ids = []
    for number, stream in enumerate(streams):
        packed = zlib.compress(stream, 9)
        kind = b""
        if xobjects and number in xobjects.values():
            kind = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        objects.append(b"<< " + kind + b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(packed) + packed
                       + b"\nendstream")
        stream_ids.append(len(objects))
    xobject_entry = b""
    if xobjects:
        xobject_entry = b" /XObject << " + b" ".join(b"/%s %d 0 R" % (name.encode(), stream_ids[number])
                                                      for name, number in xobjects.items()) + b" >>"
    page_ids = []
    for index in range(page_count):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>"
                       + xobject_entry + b" >> /Contents %d 0 R >>" % stream_ids[contents(index)])
        page_ids.append(len(objects))
    objects[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
                  + b"] /Count %d >>" % page_count)
    return pdf_file(objects)


def _text_ops(count: int) -> bytes:
    line = b"(" + SENTENCE.encode("cp1252") + b") Tj T* "
    return b"BT /F1 11 Tf 14 TL 72 760 Td " + line * count + b"ET"


def pdf_shared_stream_70mb() -> bytes:
    stream = _text_ops(70_000_000 // 105)
    return _pdf(50, lambda index: 0, [stream])


def pdf_shared_stream_100k_ops() -> bytes:
    return _pdf(200, lambda index: 0, [_text_ops(100_000)])


def pdf_10000_pages() -> bytes:
    return _pdf(10_000, lambda index: index, [_text_ops(3) for _ in range(10_000)])


def pdf_form_xobject_drawn_100k_times() -> bytes:
    # one small form with 1,000 text operators, drawn 100,000 times on each of 20 pages
    return _pdf(20, lambda index: 1, [_text_ops(1_000), b"/X0 Do " * 100_000], xobjects={"X0": 0})


def pdf_graphics_operators() -> bytes:
    # 50 pages sharing a stream of 3 million path operators (no text): a detailed map, made hostile
    return _pdf(50, lambda index: 0, [b"1 2 m 3 4 l S " * 3_000_000])


# --- DOCX -------------------------------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def _docx(body_parts: Callable[[], Iterable[bytes]]) -> bytes:
    """A minimal .docx whose document body is the concatenation of `body_parts()`, streamed into the zip."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
                       .encode())
            for chunk in body_parts():
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return out.getvalue()


def _paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def _repeat(chunk: bytes, count: int, batch: int = 10_000):
    def parts():
        for start in range(0, count, batch):
            yield chunk * min(batch, count - start)
    return parts


def docx_table_500x500() -> bytes:
    cell = f"<w:tc><w:p><w:r><w:t>{SENTENCE[:40]}</w:t></w:r></w:p></w:tc>".encode()
    row = b"<w:tr>" + cell * 500 + b"</w:tr>"
    grid = b"<w:tbl><w:tblGrid>" + b'<w:gridCol w:w="20"/>' * 500 + b"</w:tblGrid>"
    return _docx(lambda: [grid, *([row] * 500), b"</w:tbl>"])


def docx_cells_spanning_1000_columns() -> bytes:
    cell = f'<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p><w:r><w:t>{SENTENCE[:40]}</w:t></w:r></w:p></w:tc>'
    row = f"<w:tr>{cell}</w:tr>".encode()
    grid = b"<w:tbl><w:tblGrid>" + b'<w:gridCol w:w="2"/>' * 1000 + b"</w:tblGrid>"
    rows = (MAX_UNPACKED_BYTES // 4) // len(row)
    return _docx(lambda: [grid, *_repeat(row, rows)(), b"</w:tbl>"])


def docx_1_5m_short_paragraphs() -> bytes:
    return _docx(_repeat(_paragraph("Am 3. Mai."), 1_500_000))


def docx_30m_empty_paragraphs() -> bytes:
    return _docx(_repeat(b"<w:p/>", 30_000_000, batch=1_000_000))


def docx_zip_bomb_one_paragraph() -> bytes:
    # one paragraph of ~190 MB of text in runs of 1,000 characters: unpacks to just under the limit
    run = b"<w:r><w:t>" + (SENTENCE.encode() + b" ") * 10 + b"</w:t></w:r>"
    count = (MAX_UNPACKED_BYTES - MARGIN) // len(run)
    return _docx(lambda: [b"<w:p>", *_repeat(run, count)(), b"</w:p>"])


def docx_deeply_nested_tables() -> bytes:
    depth = 5_000
    return _docx(lambda: [b"<w:tbl><w:tr><w:tc>" * depth, _paragraph(SENTENCE), b"</w:tc></w:tr></w:tbl>" * depth])


# --- HTML, Markdown, text ---------------------------------------------------------------------------------------


def _fill(unit: bytes, head: bytes = b"", tail: bytes = b"") -> bytes:
    count = (MAX_UPLOAD_BYTES - MARGIN - len(head) - len(tail)) // len(unit)
    return head + unit * count + tail


def html_19mb_dated_paragraphs() -> bytes:
    return _fill(f"<p>{SENTENCE}</p>\n".encode(), b'<html lang="de"><head><title>Chronik</title></head><body>',
                 b"</body></html>")


def html_19mb_one_paragraph() -> bytes:
    return _fill(f"{SENTENCE} ".encode(), b'<html lang="de"><body><article><p>', b"</p></article></body></html>")


def html_deeply_nested() -> bytes:
    depth = 200_000
    return (b"<html><body>" + b"<div>" * depth + SENTENCE.encode() + b"</div>" * depth + b"</body></html>")


def html_empty_elements() -> bytes:
    return _fill(b"<span></span>", b"<html><body><p>" + SENTENCE.encode() + b"</p>", b"</body></html>")


def md_repeated_links() -> bytes:
    return _fill(b"[Am 3. Mai 2020](https://example.com/a) ")


def md_unclosed_links() -> bytes:
    return _fill(b"[a](b")


def md_unclosed_bold() -> bytes:
    return _fill(b"**a ")


def md_links_long_addresses() -> bytes:
    # links whose text, once the addresses are gone, is just under the character limit: dense dates
    return _fill(b"[am 3. Mai 2020](https://example.com/" + b"a" * 120 + b") ")


def md_rule_lines() -> bytes:
    return _fill(b"-\n", tail=b"x")


def txt_19mb_dated_sentences() -> bytes:
    return _fill(f"{SENTENCE}\n".encode())


def txt_19mb_spaces() -> bytes:
    return _fill(b" ", b"Am 3. Mai 2020", b"x\n")


# --- just inside the budget: read, not refused, and still within the targets -------------------------------


def pdf_at_page_budget() -> bytes:
    return _pdf(MAX_PDF_PAGES, lambda index: index, [_text_ops(20) for _ in range(MAX_PDF_PAGES)])


def pdf_at_text_budget() -> bytes:
    # pages of path operators with one label each (a detailed map): as much content as pypdf may parse
    pages = MAX_PDF_TEXT_BYTES // MAX_PDF_PAGE_TEXT_BYTES
    label = b"BT /F1 11 Tf 72 760 Td (" + SENTENCE.encode("cp1252") + b") Tj ET "
    path = b"10 20 m 30 40 l S "
    streams = [label + path * ((MAX_PDF_PAGE_TEXT_BYTES - len(label) - 100) // len(path)) for _ in range(pages)]
    return _pdf(pages, lambda index: index, streams)


def docx_at_paragraph_budget() -> bytes:
    # short dated paragraphs ("Juni 2020"), just under the paragraph and character limits
    count = MAX_PARAGRAPHS - 10
    days = [f"{month} {year}" for year in range(1900, 2100) for month in ("Mai", "Juni", "Juli")]
    assert count * 10 < MAX_DOCUMENT_CHARS
    return _docx(lambda: (_paragraph(days[i % len(days)]) for i in range(count)))


def html_at_element_budget() -> bytes:
    days = [f"Am {day}. Mai {year}." for year in range(1900, 2100) for day in range(1, 29)]
    paragraphs = "".join(f"<p>{days[i % len(days)]}</p>\n" for i in range(MAX_HTML_ELEMENTS - 10))
    return f'<html lang="de"><body><article>{paragraphs}</article></body></html>'.encode()


KINDS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "html-19mb-dated-paragraphs": (".html", html_19mb_dated_paragraphs),
    "html-19mb-one-paragraph": (".html", html_19mb_one_paragraph),
    "html-deeply-nested": (".html", html_deeply_nested),
    "html-empty-elements": (".html", html_empty_elements),
    "pdf-shared-stream-70mb": (".pdf", pdf_shared_stream_70mb),
    "pdf-shared-stream-100k-ops": (".pdf", pdf_shared_stream_100k_ops),
    "pdf-10000-pages": (".pdf", pdf_10000_pages),
    "pdf-form-drawn-100k-times": (".pdf", pdf_form_xobject_drawn_100k_times),
    "pdf-graphics-operators": (".pdf", pdf_graphics_operators),
    "docx-table-500x500": (".docx", docx_table_500x500),
    "docx-cells-spanning-1000-columns": (".docx", docx_cells_spanning_1000_columns),
    "docx-1.5m-short-paragraphs": (".docx", docx_1_5m_short_paragraphs),
    "docx-30m-empty-paragraphs": (".docx", docx_30m_empty_paragraphs),
    "docx-zip-bomb-one-paragraph": (".docx", docx_zip_bomb_one_paragraph),
    "docx-deeply-nested-tables": (".docx", docx_deeply_nested_tables),
    "md-repeated-links": (".md", md_repeated_links),
    "md-unclosed-links": (".md", md_unclosed_links),
    "md-unclosed-bold": (".md", md_unclosed_bold),
    "md-links-long-addresses": (".md", md_links_long_addresses),
    "md-rule-lines": (".md", md_rule_lines),
    "txt-19mb-dated-sentences": (".txt", txt_19mb_dated_sentences),
    "txt-19mb-spaces": (".txt", txt_19mb_spaces),
    "pdf-at-page-budget": (".pdf", pdf_at_page_budget),
    "pdf-at-text-budget": (".pdf", pdf_at_text_budget),
    "docx-at-paragraph-budget": (".docx", docx_at_paragraph_budget),
    "html-at-element-budget": (".html", html_at_element_budget),
}


# --- measuring --------------------------------------------------------------------------------------------------


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(path: str) -> dict:
    """In the child: read the file and extract its events; outcome, CPU seconds and peak MB."""
    from timeline import extract_documents
    from timeline.ingest import IngestError, read_upload

    data = Path(path).read_bytes()
    name = Path(path).name
    start = _cpu()
    try:
        document = read_upload(name, data)
    except IngestError as error:
        outcome = f"refused: {error}"
    else:
        read_cpu = _cpu() - start
        # said before extracting, so that a cut-off extraction still tells how the reading went
        print(json.dumps({"read": f"read {len(document.text):,} chars in {read_cpu:.1f} s"}), flush=True)
        frame = extract_documents([document])
        outcome = f"read {len(document.text):,} chars in {read_cpu:.1f} s, {len(frame):,} events"
    cpu = _cpu() - start
    return {"outcome": outcome, "cpu": cpu, "peak_mb": _peak_mb()}


def _peak_mb() -> float:
    """The process's peak resident memory since exec (VmHWM). Not ru_maxrss: Linux carries that over from the
    forked parent through exec, so it would report the benchmark's own memory for the files it made."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(kind: str, suffix: str, data: bytes, cutoff_cpu: int, cutoff_mb: int) -> dict:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"{kind}{suffix}"
        path.write_bytes(data)

        def limits() -> None:
            resource.setrlimit(resource.RLIMIT_CPU, (cutoff_cpu, cutoff_cpu + 5))  # SIGXCPU, then SIGKILL
            resource.setrlimit(resource.RLIMIT_AS, (cutoff_mb * 2**20, cutoff_mb * 2**20))

        started = time.perf_counter()
        child = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                               preexec_fn=limits)
        wall = time.perf_counter() - started
    if child.returncode == 0 and child.stdout.strip():
        result = json.loads(child.stdout.strip().splitlines()[-1])
    else:
        last = (child.stderr.strip().splitlines() or [""])[-1]
        lines = child.stdout.strip().splitlines()
        read = json.loads(lines[-1])["read"] + ", then extraction " if lines else ""
        if child.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
            outcome = f"{read}cut off after {cutoff_cpu} s of CPU"
        elif "MemoryError" in last:
            outcome = f"{read}cut off at {cutoff_mb} MB of address space"
        else:
            outcome = f"{read}failed (exit {child.returncode}: {last[:120]})"
        result = {"outcome": outcome, "cpu": float("nan"), "peak_mb": float("nan")}
    result["wall"] = wall
    return result


def ordinary_files() -> list[tuple[str, bytes]]:
    """The sample articles as every supported format (made with the test suite's own file builders)."""
    from test_ingest import make_docx, make_pdf

    from timeline.samples import load_samples

    files = []
    for sample in load_samples():
        paragraphs = sample.text.split("\n")
        stem = sample.doc_id.rsplit(".", 1)[0]
        files.append((f"{stem}.txt", sample.text.encode("utf-8")))
        files.append((f"{stem}.md", ("# " + sample.text.replace("\n", "\n\n")).encode("utf-8")))
        html = "".join(f"<p>{line}</p>" for line in paragraphs)
        files.append((f"{stem}.html", f"<html><body><article>{html}</article></body></html>".encode()))
        lines = [paragraph[i:i + 80] for paragraph in paragraphs for i in range(0, len(paragraph), 80)]
        files.append((f"{stem}.pdf", make_pdf([lines[i:i + 40] for i in range(0, len(lines), 40)])))
        files.append((f"{stem}.docx", make_docx(paragraphs, table=[["2020", "a"], ["2021", "b"]])))
    saved = ROOT / "tests" / "data" / "ingest" / "satellit.de.html"
    files.append((saved.name, saved.read_bytes()))
    return files


def time_ordinary(repeats: int) -> None:
    from timeline.ingest import read_upload

    files = ordinary_files()
    by_suffix: dict[str, float] = {}
    for name, data in files:
        read_upload(name, data)  # warm up imports
    for _ in range(repeats):
        for name, data in files:
            start = _cpu()
            read_upload(name, data)
            suffix = name.rsplit(".", 1)[-1]
            by_suffix[suffix] = by_suffix.get(suffix, 0.0) + _cpu() - start
    print(f"ordinary files ({len(files)}, {repeats} rounds), CPU ms per file:")
    for suffix, total in sorted(by_suffix.items()):
        count = sum(name.endswith("." + suffix) for name, _ in files) * repeats
        print(f"  .{suffix:5} {1000 * total / count:8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(KINDS), help="run only these kinds")
    parser.add_argument("--cutoff-cpu", type=int, default=60, help="CPU seconds before a case is cut off")
    parser.add_argument("--cutoff-mb", type=int, default=4096, help="address space (MB) before a case is cut off")
    parser.add_argument("--ordinary", action="store_true", help="time ordinary files instead")
    parser.add_argument("--repeats", type=int, default=20, help="rounds for --ordinary")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    if args.ordinary:
        time_ordinary(args.repeats)
        return
    print("| kind | size | outcome | CPU s | peak MB |")
    print("|---|---|---|---|---|")
    failures = 0
    for kind in args.only or KINDS:
        suffix, make = KINDS[kind]
        data = make()
        assert len(data) <= MAX_UPLOAD_BYTES, (kind, len(data))
        result = run_case(kind, suffix, data, args.cutoff_cpu, args.cutoff_mb)
        within = result["cpu"] <= 20 and result["peak_mb"] <= 1024
        failures += not within
        print(f"| {kind}{suffix} | {len(data) / 2**20:.1f} MB | {result['outcome']} | {result['cpu']:.1f} | "
              f"{result['peak_mb']:.0f}{'' if within else ' ✗'} |", flush=True)
    print(f"\n{failures} of {len(args.only or KINDS)} outside 20 s CPU / 1 GB peak")


if __name__ == "__main__":
    main()
