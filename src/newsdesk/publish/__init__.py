"""Publishers: the side-effecting end of the pipeline (files now; feeds and pushes later)."""
