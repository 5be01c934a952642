package org.coopera.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.DataAccessResourceFailureException;

/** A query found no database connection: see {@link DatabaseUnavailablePage}. */
@PermitAll
@ParentLayout(MainLayout.class)
public class NoDatabaseConnectionView extends DatabaseUnavailablePage<DataAccessResourceFailureException> {
}
