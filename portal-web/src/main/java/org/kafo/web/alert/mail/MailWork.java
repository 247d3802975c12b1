package org.kafo.web.alert.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;

/**
 * Runs an e-mail's work after the request that caused it, in an invocation and a transaction of its own (an asynchronous
 * EJB call). Not a task handed to the managed executor: Payara gives such a task a copy of the request's invocation that
 * shares its list of open non-transactional EntityManagers, so that the task and the request each closed the other's
 * (the request then ended in a 500, "Attempting to execute an operation on a closed EntityManager" after the service,
 * or the task's reads failed and the e-mail was lost).
 */
@Stateless
public class MailWork {

    @Asynchronous
    public void run(Runnable work) {
        work.run();
    }
}
