package com.inquirydesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** What a file is, by its bytes; what its name becomes; which files one message may carry. */
class AttachmentChecksTest {

    final AttachmentTypes types = new AttachmentTypes();
    final AttachmentService service = new AttachmentService(null, types,
            new AttachmentProperties(DataSize.ofKilobytes(100), 2, Duration.ofDays(90), "0 15 3 * * *"), null, null, null, null);

    @Test
    void picturesAndPdfAreRecognisedByTheirBytesWhateverTheyAreCalled() {
        assertThat(types.detect(TestFiles.png())).isEqualTo("image/png");
        assertThat(types.detect(TestFiles.pdf())).isEqualTo("application/pdf");
        assertThat(types.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0))).isEqualTo("image/jpeg");
        assertThat(types.detect("GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("image/gif");
        assertThat(types.detect("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("image/webp");
        assertThat(AttachmentTypes.accepted(types.detect(TestFiles.script()))).isFalse();
        assertThat(AttachmentTypes.accepted(types.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))).isFalse();
    }

    @Test
    void namesLoseFoldersControlCharactersAndWhatHeadersReadSpecially() {
        assertThat(AttachmentService.sanitisedName("../../etc/passwd.png")).isEqualTo("passwd.png");
        assertThat(AttachmentService.sanitisedName("C:\\Users\\홍길동\\영수증.jpg")).isEqualTo("영수증.jpg");
        assertThat(AttachmentService.sanitisedName("사진\r\n\u202Egnp.exe")).isEqualTo("사진gnp.exe");
        assertThat(AttachmentService.sanitisedName("\"<img src=x>\";.png")).isEqualTo("img src=x.png");
        assertThat(AttachmentService.sanitisedName("...")).isEqualTo("첨부파일");
        assertThat(AttachmentService.sanitisedName(null)).isEqualTo("첨부파일");
        // A Mac sends Korean names decomposed; they are stored composed, as typed.
        assertThat(AttachmentService.sanitisedName("\u1112\u1161\u11AB.png")).isEqualTo("한.png");
        String longName = "가".repeat(300) + ".pdf";
        assertThat(AttachmentService.sanitisedName(longName)).hasSize(150).endsWith("가.pdf");
    }

    @Test
    void aMessageTakesAtMostMaxCountFilesOfAtMostMaxSizeAndNoEmptyOnes() {
        MockMultipartFile png = new MockMultipartFile("files", "a.png", "image/png", TestFiles.png());
        MockMultipartFile noneChosen = new MockMultipartFile("files", "", "application/octet-stream", new byte[0]);
        assertThat(service.check(List.of(png, noneChosen), 0)).singleElement()
                .satisfies(file -> assertThat(file.contentType()).isEqualTo("image/png"));

        assertThatThrownBy(() -> service.check(List.of(png, png, png), 0)).hasMessageContaining("2개까지");
        assertThatThrownBy(() -> service.check(List.of(png), 2)).hasMessageContaining("2개까지");
        MockMultipartFile big = new MockMultipartFile("files", "큰.png", "image/png",
                Arrays.copyOf(TestFiles.png(), 100 * 1024 + 1));
        assertThatThrownBy(() -> service.check(List.of(big), 0)).hasMessageContaining("큰.png", "100KB");
        assertThatThrownBy(() -> service.check(List.of(new MockMultipartFile("files", "빈.png", "image/png", new byte[0])), 0))
                .hasMessageContaining("빈 파일");
        assertThatThrownBy(() -> service.check(List.of(new MockMultipartFile("files", "photo.png", "image/png",
                TestFiles.script())), 0)).isInstanceOf(AttachmentRefusedException.class).hasMessageContaining("photo.png");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
