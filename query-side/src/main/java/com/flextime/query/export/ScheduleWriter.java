package com.flextime.query.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one export format. One small class per format; {@link ScheduleExports} picks by {@link #format()}. */
public interface ScheduleWriter {

    ExportFormat format();

    void write(ScheduleExport export, OutputStream out) throws IOException;
}
