package org.coopera.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.transaction.CannotCreateTransactionException;

/** A transaction could not begin, the database being gone: see {@link DatabaseUnavailablePage}. */
@PermitAll
@ParentLayout(MainLayout.class)
public class NoDatabaseTransactionView extends DatabaseUnavailablePage<CannotCreateTransactionException> {
}
