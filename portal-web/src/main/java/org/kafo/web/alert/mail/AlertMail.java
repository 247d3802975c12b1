package org.kafo.web.alert.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mails over SMTP, configured by {@code KAFO_SMTP_HOST}, {@code KAFO_SMTP_PORT},
 * {@code KAFO_SMTP_USER}, {@code KAFO_SMTP_PASSWORD}, {@code KAFO_SMTP_FROM}. Without a host, mail is
 * off: one log line says so, and nothing is sent. The connection must go over STARTTLS, with the server's
 * certificate and name checked (people's names and the alerts travel in these messages), unless the operator says
 * {@code KAFO_SMTP_STARTTLS=false} (a relay on the same machine, the tests' server).
 */
@ApplicationScoped
public class AlertMail {

    private static final Logger LOG = Logger.getLogger(AlertMail.class.getName());

    @Inject
    @ConfigProperty(name = "kafo.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "kafo.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "kafo.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "kafo.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "kafo.smtp.from", defaultValue = "no-reply@kafo.example")
    String from;

    @Inject
    @ConfigProperty(name = "kafo.smtp.starttls", defaultValue = "true")
    boolean starttls;

    private volatile Session session;
    private volatile boolean disabledLogged;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one message to each address (no recipient sees another's address). */
    public void send(Collection<String> to, String subject, String body) {
        if (to.isEmpty()) {
            return;
        }
        if (!enabled()) {
            if (!disabledLogged) {
                disabledLogged = true;
                LOG.info("Courriels désactivés : KAFO_SMTP_HOST n'est pas défini ; aucune notification n'est envoyée.");
            }
            return;
        }
        Session s = session();
        try (Transport transport = s.getTransport("smtp")) {
            transport.connect();
            for (String address : to) {
                MimeMessage message = new MimeMessage(s);
                message.setFrom(new InternetAddress(from, "Kafo", "UTF-8"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                message.setSubject(subject, "UTF-8");
                message.setText(body, "UTF-8");
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.warning("Courriel non envoyé (" + subject + ") : " + e.getMessage());
        }
    }

    private Session session() {
        Session s = session;
        if (s == null) {
            Properties props = new Properties();
            props.put("mail.smtp.host", host.orElseThrow());
            props.put("mail.smtp.port", String.valueOf(port));
            props.put("mail.smtp.connectiontimeout", "5000");
            props.put("mail.smtp.timeout", "10000");
            if (starttls) {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            Authenticator auth = null;
            if (user.filter(u -> !u.isBlank()).isPresent()) {
                props.put("mail.smtp.auth", "true");
                auth = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.get(), password.orElse(""));
                    }
                };
            }
            session = s = Session.getInstance(props, auth);
        }
        return s;
    }
}
