"""English analysis for the extractor: segmentation, triggers, modality and roles."""

from services.extract.english.analyzer import EnglishAnalyzer

__all__ = ["EnglishAnalyzer"]
