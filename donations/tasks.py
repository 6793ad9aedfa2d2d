"""Background work (django-tasks): immediate in development and tests, the database queue in production."""

from django_tasks import task


@task()
def send_receipt(receipt_id):
    from donations.receipts.mail import deliver_receipt

    deliver_receipt(receipt_id)


@task()
def send_payment_failed_notice(recurring_id, email):
    from donations.receipts.mail import deliver_payment_failed

    deliver_payment_failed(recurring_id, email)


@task()
def send_manage_link(email, language):
    from donations.receipts.mail import deliver_manage_link

    deliver_manage_link(email, language)
