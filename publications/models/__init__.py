from .pages import PublicationIndexPage, PublicationPage, PublicationRelatedLink, RecommendationsPage
from .recommendations import FollowUpNote, Recommendation, RecommendationFollowUp, RecommendationStatus
from .taxonomy import Addressee, Topic

__all__ = [
    "Addressee",
    "FollowUpNote",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationRelatedLink",
    "Recommendation",
    "RecommendationFollowUp",
    "RecommendationStatus",
    "RecommendationsPage",
    "Topic",
]
