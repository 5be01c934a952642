package org.coopera.base.cluster;

import java.lang.reflect.Method;
import java.sql.SQLException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a write transaction again when MariaDB chose it as a deadlock victim or a Galera node
 * refused it at certification (both are error 1213, SQL state 40001): such a failure says
 * nothing about the data, and a second run usually goes through. Only the outermost
 * {@code @Transactional} (not read-only) method of Coopera's own beans is retried, as a whole
 * and in a new transaction, at most {@code coopera.database.write-retry.max-retries} times;
 * after that the last failure reaches the caller, whose screens and API turn it into a
 * "try again" message.
 */
@Configuration(proxyBeanMethods = false)
class WriteRetryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WriteRetryConfiguration.class);

    /**
     * An advisor is created before the other beans, so its settings are bound here from the
     * environment rather than injected as a properties bean (which would be created too early
     * for the post-processors to see it).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor writeRetryAdvisor(Environment environment) {
        WriteRetryProperties properties = Binder.get(environment)
                .bindOrCreate("coopera.database.write-retry", WriteRetryProperties.class);
        RetryTemplate retries = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(properties.maxRetries())
                .delay(properties.delay())
                .multiplier(2)
                .maxDelay(properties.maxDelay())
                .predicate(WriteRetryConfiguration::isWriteConflict)
                .build());
        var advisor = new DefaultPointcutAdvisor(new WriteTransactions(), (MethodInterceptor) invocation ->
                retried(invocation, retries));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static Object retried(MethodInvocation invocation, RetryTemplate retries) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();    // inside a transaction already: the outermost method retries
        }
        int[] runs = {0};
        try {
            return retries.execute(() -> {
                if (runs[0]++ > 0) {
                    log.info("Write conflict (deadlock or Galera certification): running {} again, run {}",
                            invocation.getMethod().getName(), runs[0]);
                }
                return proxied.invocableClone().proceed();
            });
        } catch (RetryException e) {
            throw e.getCause() != null ? e.getCause() : e;
        }
    }

    /** A deadlock victim or a Galera certification failure, however Spring or Hibernate wrapped it. */
    static boolean isWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == 1213 || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Methods of org.coopera beans that open a read-write transaction (on the method or the class). */
    private static final class WriteTransactions extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (!targetClass.getName().startsWith("org.coopera.")) {
                return false;
            }
            Transactional onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
            Transactional transactional = onMethod != null ? onMethod
                    : AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
            return transactional != null && !transactional.readOnly();
        }
    }
}
