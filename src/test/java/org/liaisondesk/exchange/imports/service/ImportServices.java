package org.liaisondesk.exchange.imports.service;

import java.nio.file.Path;
import org.liaisondesk.exchange.imports.data.ImportMappingStore;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.data.ReferenceRepository;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.testsupport.TestRegister;

/** The import service over a test register, wired as the application wires it, with the services it writes through. */
record ImportServices(ImportService imports, LeadService leads, MatterService matters, WorkService work) {
    static ImportServices over(TestRegister reg, Path dataFolder) {
        LeadService leads = new LeadService(reg.db, new LeadRepository(reg.audit), reg.stations, reg.prosecutors,
                new LiaisonRepository(reg.audit), TestRegister.CLOCK);
        MatterService matters = new MatterService(reg.db, new MatterRepository(reg.audit), reg.stations, reg.prosecutors,
                new ReferenceRepository(reg.audit), TestRegister.CLOCK);
        WorkService work = new WorkService(reg.db, new WorkRepository(reg.audit), reg.stations, reg.prosecutors,
                new LiaisonRepository(reg.audit), TestRegister.CLOCK);
        ImportService imports = new ImportService(reg.db, reg.visits, reg.visitRepository, reg.roster, leads,
                new LeadRepository(reg.audit), matters, new MatterRepository(reg.audit), work,
                new WorkRepository(reg.audit), reg.liaisons, new LiaisonRepository(reg.audit), reg.reference,
                new ImportMappingStore(dataFolder));
        return new ImportServices(imports, leads, matters, work);
    }
}
