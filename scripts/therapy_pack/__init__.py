"""The library under the commands in scripts/: provisioning, the installer, the doctor, backups."""
