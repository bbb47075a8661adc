"""The pure core: model, document formats, comparison and reports. Never imports Qt, SQL, store or ui."""
