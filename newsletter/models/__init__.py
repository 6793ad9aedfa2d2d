from .mailings import Delivery, Mailing
from .pages import NewsletterPage
from .subscribers import DEFAULT_KINDS, Subscriber

__all__ = ["DEFAULT_KINDS", "Delivery", "Mailing", "NewsletterPage", "Subscriber"]
