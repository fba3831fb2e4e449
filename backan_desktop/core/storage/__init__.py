"""What the app keeps on disk for the user: the imported datasets (``datasets``), the columnar
copy that lets a big one open fast (``columnar``, written with ``csv_writer``), and the clean-up
after an interrupted process (``sweep``)."""
