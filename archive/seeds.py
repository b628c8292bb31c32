"""The archive app's seed content is its domains': importing them registers their loaders."""

from archive.exhibitions import seeds as exhibition_seeds
from archive.media import seeds as media_seeds
from archive.programme import seeds as programme_seeds
from archive.programme.calendar import seeds as calendar_seeds

__all__ = ["calendar_seeds", "exhibition_seeds", "media_seeds", "programme_seeds"]
