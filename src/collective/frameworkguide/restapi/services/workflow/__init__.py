"""``POST @workflow/<transition>`` on a profile: refusals as JSON."""
