"""timeline: dated events from news articles, as a pandas frame (see `timeline.schema`)."""

from .document import Document
from .pipeline import extract, extract_document, extract_documents
from .schema import COLUMNS, read_events, write_events

__all__ = ["COLUMNS", "Document", "extract", "extract_document", "extract_documents", "read_events", "write_events"]
