def fetch_config_value(configuration_dictionary, section_name, option_name):
    return configuration_dictionary[section_name][option_name]

cfg = {"server": {"port": 8080}}
print(fetch_config_value(cfg, "server", "port"))
print(fetch_config_value(cfg, "server", "hostname"))
