"""Development e-mail: the console shows each message's headers, its text and a one-line summary of every
attachment (a receipt's PDF would otherwise fill the terminal with base64)."""

from django.core.mail.backends.console import EmailBackend


class SummarisingConsoleBackend(EmailBackend):
    def write_message(self, message):
        lines = [
            f"From: {message.from_email}",
            f"To: {', '.join(message.to)}",
            f"Subject: {message.subject}",
            "",
            message.body.rstrip(),
        ]
        for _content, mimetype in getattr(message, "alternatives", []):
            lines.append(f"[alternative: {mimetype}]")
        for attachment in message.attachments:
            if isinstance(attachment, tuple):
                name, content, mimetype = attachment
                lines.append(f"[attachment: {name}, {mimetype}, {len(content)} bytes]")
            else:
                lines.append(f"[attachment: {attachment.get_filename()}, {attachment.get_content_type()}]")
        self.stream.write("\n".join(lines) + "\n" + "-" * 79 + "\n")
