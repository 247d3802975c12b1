package org.kafo.web.alert.mail;


import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal's mail goes over STARTTLS or not at all, unless the operator turns it off (a plain SMTP server here). */
class SmtpStarttlsTest {

    private GreenMail plainSmtp;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            plainSmtp = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
        plainSmtp.start();
    }

    @AfterEach
    void stop() {
        plainSmtp.stop();
    }

    @Test
    void aServerWithoutStarttlsGetsNothingByDefault() {
        mail(true).send(List.of("accueil@ame.example"), "Alerte", "Arrivée prévue à Bamako-Sénou.");
        assertThat(plainSmtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void theOperatorMayTurnStarttlsOff() {
        mail(false).send(List.of("accueil@ame.example"), "Alerte", "Arrivée prévue à Bamako-Sénou.");
        assertThat(plainSmtp.getReceivedMessages()).hasSize(1);
    }

    private AlertMail mail(boolean starttls) {
        AlertMail mail = new AlertMail();
        mail.host = Optional.of("127.0.0.1");
        mail.port = plainSmtp.getSmtp().getPort();
        mail.user = Optional.empty();
        mail.password = Optional.empty();
        mail.from = "kafo@kafo.test";
        mail.starttls = starttls;
        return mail;
    }
}
