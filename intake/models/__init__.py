from .pages import GetHelpPage
from .requests import IntakeRequest

__all__ = ["GetHelpPage", "IntakeRequest"]
