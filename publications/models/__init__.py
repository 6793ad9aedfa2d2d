from .pages import PublicationIndexPage, PublicationPage, PublicationRelatedLink, RecommendationsPage
from .recommendations import Recommendation, RecommendationFollowUp
from .search_documents import SearchDocument
from .taxonomy import Addressee, Topic

__all__ = [
    "Addressee",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationRelatedLink",
    "Recommendation",
    "RecommendationFollowUp",
    "RecommendationsPage",
    "SearchDocument",
    "Topic",
]
