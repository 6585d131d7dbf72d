"""Sample reports shipped with strikemap, for the app and the commands' examples."""
