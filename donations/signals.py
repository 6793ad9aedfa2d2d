"""What the ledger announces. Background work (tasks.py) listens, so the ledger never imports the layer above."""

from django.dispatch import Signal

# A receipt was issued and waits to be e-mailed (sent with receipt=<Receipt>, inside the ledger's transaction).
receipt_issued = Signal()
# A monthly instalment could not be collected (recurring=<RecurringDonation>, email=<str>).
instalment_failed = Signal()
