"""The extractor's version: part of every event id, bumped when rules change output."""

EXTRACTOR_VERSION = "0.3.3"
