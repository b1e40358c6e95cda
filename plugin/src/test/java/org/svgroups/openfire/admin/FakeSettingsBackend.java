package org.svgroups.openfire.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.svgroups.core.settings.Setting;
import org.svgroups.core.settings.SettingsForm;

/** Settings in a map (starting at the defaults), with the audit events and every write recorded. */
final class FakeSettingsBackend extends RecordingConsole implements SettingsBackend {

    final Map<Setting<?>, Object> values = new LinkedHashMap<>();
    final List<String> writes = new ArrayList<>();

    FakeSettingsBackend() {
        for (Setting<?> setting : SettingsForm.ALL) {
            values.put(setting, setting.defaultValue());
        }
    }

    @Override
    public <T> T current(Setting<T> setting) {
        return setting.cast(values.get(setting));
    }

    @Override
    public <T> T defaultValue(Setting<T> setting) {
        return setting.defaultValue();
    }

    @Override
    public <T> void set(Setting<T> setting, T value) {
        writes.add(setting.key());
        values.put(setting, value);
    }
}
