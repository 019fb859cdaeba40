package uk.police.purdah.publication.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of publications: {@code page} counts from 0; {@code total} is the number of all matching items. */
@Schema(name = "PublicationPage")
@io.quarkus.qute.TemplateData
public record PublicationPage(long total, int page, int size, List<PublicPublication> items) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
