"""Keep the calendar secret only as its digest: existing links keep working."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("reminders", "0001_initial")]

    operations = [
        migrations.RemoveField(model_name="remindersettings", name="feed_token"),
        migrations.AlterField(
            model_name="remindersettings",
            name="feed_token_digest",
            field=models.CharField(blank=True, max_length=64, null=True, unique=True),
        ),
    ]
