# JupyterLab as `make lab` starts it: nothing is fetched from the network.
c = get_config()  # noqa: F821 - provided by Jupyter when it loads this file
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.handlers.announcements.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"
